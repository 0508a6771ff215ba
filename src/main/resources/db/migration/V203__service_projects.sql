-- The projects of the portfolio that bring a service online: named on the service's page, shown on
-- the project's page. Audited like the service's status.
create table service_project (
    id         uuid    primary key,
    tenant_id  uuid    not null references municipality (id),
    service_id integer not null references catalogue_leika_service (id),
    project_id uuid    not null references project (id) on delete cascade,
    unique (tenant_id, service_id, project_id)
);

create index service_project_project on service_project (project_id);

alter table service_project enable row level security;
create policy tenant_isolation on service_project
    using (tenant_id = nullif(current_setting('lotse.tenant', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('lotse.tenant', true), '')::uuid);

create table service_project_aud (
    id         uuid     not null,
    rev        bigint   not null references audit_revision (id),
    revtype    smallint not null,
    tenant_id  uuid     not null default nullif(current_setting('lotse.tenant', true), '')::uuid
                        references municipality (id),
    service_id integer,
    project_id uuid,
    primary key (id, rev)
);

create index service_project_aud_rev on service_project_aud (rev);

alter table service_project_aud enable row level security;
create policy tenant_isolation on service_project_aud
    using (tenant_id = nullif(current_setting('lotse.tenant', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('lotse.tenant', true), '')::uuid);

revoke update, delete, truncate on service_project_aud from ${applicationRole};
