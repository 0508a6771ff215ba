-- The user administration: memberships can be deactivated per municipality and carry a version for
-- optimistic locking; editors can be limited to departments; sessions can be ended everywhere.

alter table membership add column active boolean not null default true;
alter table membership add column version bigint not null default 0;

-- Raised when the password changes or the person logs out everywhere: a session that began with a
-- lower epoch is refused.
alter table user_account add column session_epoch integer not null default 0;

-- The departments an editor is limited to (none: the whole municipality). Read like memberships
-- before a municipality is known, so no row-level security: queries bind the municipality.
create table membership_department (
    user_account_id uuid not null references user_account (id) on delete cascade,
    municipality_id uuid not null references municipality (id),
    department_id   uuid not null references department (id) on delete cascade,
    primary key (user_account_id, municipality_id, department_id)
);

create index membership_department_department on membership_department (department_id);
