-- Municipalities (the tenants) and the people who log in, with their role per municipality.

create table municipality (
    id      uuid primary key,
    version bigint       not null,
    name    varchar(200) not null,
    ags     varchar(8)   not null check (ags ~ '^[0-9]{8}$'),
    slug    varchar(80)  not null unique
);

create table user_account (
    id            uuid primary key,
    version       bigint       not null,
    email         varchar(320) not null unique,
    display_name  varchar(200) not null,
    password_hash varchar(200),
    enabled       boolean      not null
);

create table membership (
    user_account_id uuid        not null references user_account (id) on delete cascade,
    municipality_id uuid        not null references municipality (id),
    role            varchar(20) not null check (role in ('ADMIN', 'EDITOR', 'PILOT', 'VIEWER')),
    primary key (user_account_id, municipality_id)
);

create index membership_municipality on membership (municipality_id);
