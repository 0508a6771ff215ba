-- The projects of the portfolio that introduce or replace an application: named on the application's
-- page, shown on the project's page. A project that replaces an application marks it as to be
-- retired when it reaches operation, unless that was switched off for the link. Audited.
create table application_project (
    id                  uuid        primary key,
    tenant_id           uuid        not null references municipality (id),
    application_id      uuid        not null references application (id) on delete cascade,
    project_id          uuid        not null references project (id) on delete cascade,
    kind                varchar(20) not null check (kind in ('INTRODUCES', 'REPLACES')),
    retire_on_operation boolean     not null default true,
    unique (application_id, project_id)
);

create index application_project_project on application_project (project_id);

alter table application_project enable row level security;
create policy tenant_isolation on application_project
    using (tenant_id = nullif(current_setting('lotse.tenant', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('lotse.tenant', true), '')::uuid);

create table application_project_aud (
    id                  uuid     not null,
    rev                 bigint   not null references audit_revision (id),
    revtype             smallint not null,
    tenant_id           uuid     not null default nullif(current_setting('lotse.tenant', true), '')::uuid
                                 references municipality (id),
    application_id      uuid,
    project_id          uuid,
    kind                varchar(20),
    retire_on_operation boolean,
    primary key (id, rev)
);

create index application_project_aud_rev on application_project_aud (rev);

alter table application_project_aud enable row level security;
create policy tenant_isolation on application_project_aud
    using (tenant_id = nullif(current_setting('lotse.tenant', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('lotse.tenant', true), '')::uuid);

revoke update, delete, truncate on application_project_aud from ${applicationRole};
