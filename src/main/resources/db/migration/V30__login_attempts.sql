-- Failed logins, so that repeated guessing locks an account or a client address for a while, on
-- every node. A row names its subject only by a SHA-256 hash of "account:<normalised e-mail>" or
-- "address:<client address>"; accounts that exist and those that do not are recorded alike. Rows
-- older than the failure window plus the lock duration are deleted. Not tenant data: a login
-- happens before any municipality is known.

create table failed_login (
    id        bigint generated always as identity primary key,
    subject   char(64)    not null,
    failed_at timestamptz not null
);

create index failed_login_subject on failed_login (subject, failed_at);
create index failed_login_failed_at on failed_login (failed_at);
