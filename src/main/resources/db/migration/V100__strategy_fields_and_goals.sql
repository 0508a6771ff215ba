-- The strategy: fields of action (Handlungsfelder) and the goals under them. Indicators, measured
-- values and the vision follow in the next migrations of the strategy module (V101 to V109).

create table field_of_action (
    id          uuid primary key,
    tenant_id   uuid         not null references municipality (id),
    version     bigint       not null,
    position    integer      not null,
    name        varchar(200) not null,
    description text,
    colour      varchar(7)   not null check (colour ~ '^#[0-9a-f]{6}$')
);

create index field_of_action_tenant on field_of_action (tenant_id, position);

create table goal (
    id            uuid primary key,
    tenant_id     uuid         not null references municipality (id),
    version       bigint       not null,
    field_id      uuid         not null references field_of_action (id),
    position      integer      not null,
    title         varchar(300) not null,
    description   text,
    department_id uuid references department (id),
    target_date   date
);

create index goal_tenant on goal (tenant_id);
create index goal_field on goal (field_id, position);
create index goal_department on goal (department_id);

alter table field_of_action enable row level security;
create policy tenant_isolation on field_of_action
    using (tenant_id = nullif(current_setting('lotse.tenant', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('lotse.tenant', true), '')::uuid);

alter table goal enable row level security;
create policy tenant_isolation on goal
    using (tenant_id = nullif(current_setting('lotse.tenant', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('lotse.tenant', true), '')::uuid);

create table field_of_action_aud (
    id          uuid        not null,
    rev         bigint      not null references audit_revision (id),
    revtype     smallint    not null,
    tenant_id   uuid        not null default nullif(current_setting('lotse.tenant', true), '')::uuid
                            references municipality (id),
    position    integer,
    name        varchar(200),
    description text,
    colour      varchar(7),
    primary key (id, rev)
);

create table goal_aud (
    id            uuid        not null,
    rev           bigint      not null references audit_revision (id),
    revtype       smallint    not null,
    tenant_id     uuid        not null default nullif(current_setting('lotse.tenant', true), '')::uuid
                              references municipality (id),
    field_id      uuid,
    position      integer,
    title         varchar(300),
    description   text,
    department_id uuid,
    target_date   date,
    primary key (id, rev)
);

create index field_of_action_aud_rev on field_of_action_aud (rev);
create index goal_aud_rev on goal_aud (rev);

alter table field_of_action_aud enable row level security;
create policy tenant_isolation on field_of_action_aud
    using (tenant_id = nullif(current_setting('lotse.tenant', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('lotse.tenant', true), '')::uuid);

alter table goal_aud enable row level security;
create policy tenant_isolation on goal_aud
    using (tenant_id = nullif(current_setting('lotse.tenant', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('lotse.tenant', true), '')::uuid);

revoke update, delete, truncate on field_of_action_aud, goal_aud from ${applicationRole};
