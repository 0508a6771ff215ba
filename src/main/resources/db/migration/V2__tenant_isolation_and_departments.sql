-- Isolation in depth: the application works as the restricted role ${applicationRole}, which does not
-- own the tables; row-level security on every tenant table lets it see only the rows of the
-- municipality named in the connection setting lotse.tenant.

do $$
begin
    if not exists (select from pg_roles where rolname = '${applicationRole}') then
        create role ${applicationRole} nologin;
    end if;
exception
    when duplicate_object or unique_violation then null; -- created at the same moment by another database
end
$$;

do $$
begin
    execute format('grant %I to %I', '${applicationRole}', current_user);
exception
    when others then raise notice 'could not grant ${applicationRole} to %: %; grant it as an administrator', current_user, sqlerrm;
end
$$;

do $$
begin
    execute format('grant usage on schema %I to ${applicationRole}', current_schema());
    execute format('grant select, insert, update, delete on all tables in schema %I to ${applicationRole}', current_schema());
    execute format('revoke all on %I.flyway_schema_history from ${applicationRole}', current_schema());
end
$$;

alter default privileges grant select, insert, update, delete on tables to ${applicationRole};

create table department (
    id            uuid primary key,
    tenant_id     uuid         not null references municipality (id),
    version       bigint       not null,
    name          varchar(200) not null,
    short_name    varchar(30),
    level         varchar(20)  not null check (level in ('DIRECTORATE', 'OFFICE', 'UNIT', 'STAFF_UNIT')),
    parent_id     uuid references department (id),
    head          varchar(200),
    contact_email varchar(320),
    active        boolean      not null
);

create index department_tenant on department (tenant_id);
create index department_parent on department (parent_id);

alter table department enable row level security;
create policy tenant_isolation on department
    using (tenant_id = nullif(current_setting('lotse.tenant', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('lotse.tenant', true), '')::uuid);
