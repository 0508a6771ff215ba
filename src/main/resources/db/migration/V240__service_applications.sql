-- The applications of the inventory that support a service (the product or procedure it runs on):
-- named on the service's page, shown on the application's page. Audited like the service's status.
create table service_application (
    id             uuid    primary key,
    tenant_id      uuid    not null references municipality (id),
    service_id     integer not null references catalogue_leika_service (id),
    application_id uuid    not null references application (id) on delete cascade,
    unique (tenant_id, service_id, application_id)
);

create index service_application_application on service_application (application_id);

alter table service_application enable row level security;
create policy tenant_isolation on service_application
    using (tenant_id = nullif(current_setting('lotse.tenant', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('lotse.tenant', true), '')::uuid);

create table service_application_aud (
    id             uuid     not null,
    rev            bigint   not null references audit_revision (id),
    revtype        smallint not null,
    tenant_id      uuid     not null default nullif(current_setting('lotse.tenant', true), '')::uuid
                            references municipality (id),
    service_id     integer,
    application_id uuid,
    primary key (id, rev)
);

create index service_application_aud_rev on service_application_aud (rev);

alter table service_application_aud enable row level security;
create policy tenant_isolation on service_application_aud
    using (tenant_id = nullif(current_setting('lotse.tenant', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('lotse.tenant', true), '')::uuid);

revoke update, delete, truncate on service_application_aud from ${applicationRole};
