-- Accounts belong to people (ADR 18). An administrator who adds an e-mail address that already has
-- an account invites its owner: no membership exists until the owner accepts at their next login.
-- Like memberships, invitations are read before a municipality is known (by their invitee), so they
-- have no row-level security and every query names the municipality or the invitee explicitly.
create table invitation (
    id              uuid primary key,
    municipality_id uuid         not null references municipality (id),
    user_account_id uuid         not null references user_account (id) on delete cascade,
    role            varchar(20)  not null check (role in ('ADMIN', 'EDITOR', 'PILOT', 'VIEWER')),
    invited_by      uuid         references user_account (id) on delete set null,
    invited_by_name varchar(200),
    invited_at      timestamptz  not null,
    -- one pending invitation per person and municipality
    unique (municipality_id, user_account_id)
);

create index invitation_invitee on invitation (user_account_id);

-- The departments an invited editor will be limited to; a deleted department is no longer a limit.
create table invitation_department (
    invitation_id uuid not null references invitation (id) on delete cascade,
    department_id uuid not null references department (id) on delete cascade,
    primary key (invitation_id, department_id)
);

-- "Forgot password": a link with a random token mailed to the account's address. Only the token's
-- SHA-256 hash is kept; a link works once and only until it expires, and a new request voids the
-- older links of the account. Not tenant data: the person is not logged in.
create table password_reset_link (
    token_hash      char(64)    primary key,
    user_account_id uuid        not null references user_account (id) on delete cascade,
    created_at      timestamptz not null,
    expires_at      timestamptz not null
);

create index password_reset_link_account on password_reset_link (user_account_id);

-- Requests for a link, counted per e-mail address and per client address (both only as SHA-256
-- hashes, whether the account exists or not), so that the form cannot flood a mailbox.
create table password_reset_request (
    id           bigint generated always as identity primary key,
    subject      char(64)    not null,
    requested_at timestamptz not null
);

create index password_reset_request_subject on password_reset_request (subject, requested_at);
