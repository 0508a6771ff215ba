-- Personal API tokens. Only a SHA-256 hash of the secret is stored. Looked up before a municipality
-- is known (to authenticate the request), like accounts, so no row-level security.

create table api_token (
    id              uuid primary key,
    user_account_id uuid         not null references user_account (id) on delete cascade,
    municipality_id uuid         not null references municipality (id),
    name            varchar(100) not null,
    secret_hash     varchar(64)  not null unique,
    created_at      timestamptz  not null,
    expires_on      date,
    last_used_at    timestamptz,
    revoked_at      timestamptz
);

create index api_token_owner on api_token (user_account_id, municipality_id);
