-- What each municipality records about the services of the catalogue it provides: who is
-- responsible, which shared (EfA) solution or product runs it, since when and how maturely it is
-- online, and how many cases come in online and on paper. One row per municipality and LeiKa
-- service with a key, made in one statement when the municipality first opens its services or the
-- catalogue grew (service_status_sync remembers up to which catalogue version the rows are made).

create table service_status (
    id                uuid         primary key,
    tenant_id         uuid         not null references municipality (id),
    version           bigint       not null,
    service_id        integer      not null references catalogue_leika_service (id),
    concerned         boolean      not null,
    department_id     uuid         references department (id),
    solution_name     varchar(200),
    solution_provider varchar(200),
    shared_solution   boolean      not null default false,
    online_url        varchar(500),
    online_since      date,
    maturity_level    smallint     not null default 0 check (maturity_level between 0 and 4),
    cases_year        smallint     check (cases_year between 2000 and 2100),
    cases_online      integer      check (cases_online >= 0),
    cases_offline     integer      check (cases_offline >= 0),
    remarks           text,
    unique (tenant_id, service_id)
);

create index service_status_department on service_status (department_id);
create index service_status_tenant_level on service_status (tenant_id, concerned, maturity_level);

create table service_status_sync (
    tenant_id         uuid    primary key references municipality (id),
    catalogue_version integer not null references catalogue_version (id)
);

alter table service_status enable row level security;
create policy tenant_isolation on service_status
    using (tenant_id = nullif(current_setting('lotse.tenant', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('lotse.tenant', true), '')::uuid);

alter table service_status_sync enable row level security;
create policy tenant_isolation on service_status_sync
    using (tenant_id = nullif(current_setting('lotse.tenant', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('lotse.tenant', true), '')::uuid);

create table service_status_aud (
    id                uuid     not null,
    rev               bigint   not null references audit_revision (id),
    revtype           smallint not null,
    tenant_id         uuid     not null default nullif(current_setting('lotse.tenant', true), '')::uuid
                               references municipality (id),
    service_id        integer,
    concerned         boolean,
    department_id     uuid,
    solution_name     varchar(200),
    solution_provider varchar(200),
    shared_solution   boolean,
    online_url        varchar(500),
    online_since      date,
    maturity_level    smallint,
    cases_year        smallint,
    cases_online      integer,
    cases_offline     integer,
    remarks           text,
    primary key (id, rev)
);

create index service_status_aud_rev on service_status_aud (rev);

alter table service_status_aud enable row level security;
create policy tenant_isolation on service_status_aud
    using (tenant_id = nullif(current_setting('lotse.tenant', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('lotse.tenant', true), '')::uuid);

revoke update, delete, truncate on service_status_aud from ${applicationRole};
