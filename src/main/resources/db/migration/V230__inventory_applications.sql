-- The inventory: the municipality's software landscape (Bestandsaufnahme). An application is a
-- piece of software or a Fachverfahren the administration uses; its TIME classification is not
-- stored but follows from the functional and technical fit (1 to 4 each, 3 and 4 count as high).

create table application (
    id                 uuid primary key,
    tenant_id          uuid         not null references municipality (id),
    version            bigint       not null,
    name               varchar(200) not null,
    vendor             varchar(200),
    product            varchar(200),
    product_version    varchar(100),
    purpose            varchar(4000),
    responsible_person varchar(200),
    hosting            varchar(30)  check (hosting in ('ON_PREMISES', 'MUNICIPAL_PROVIDER', 'CLOUD')),
    user_count         integer      check (user_count >= 0),
    lifecycle          varchar(20)  not null check (lifecycle in ('PLANNED', 'INTRODUCTION', 'IN_USE',
                                                                  'TO_BE_REPLACED', 'RETIRED')),
    introduced_on      date,
    retire_by          date,
    functional_fit     integer      check (functional_fit between 1 and 4),
    technical_fit      integer      check (technical_fit between 1 and 4),
    criticality        varchar(10)  check (criticality in ('LOW', 'MEDIUM', 'HIGH')),
    personal_data      boolean      not null default false,
    protection_need    varchar(10)  check (protection_need in ('NORMAL', 'HIGH', 'VERY_HIGH')),
    open_source        boolean      not null default false,
    licence            varchar(200),
    successor_id       uuid         references application (id),
    check (successor_id <> id)
);

create index application_tenant_name on application (tenant_id, name);
create index application_successor on application (successor_id);

-- The departments that use an application; a deleted department drops out.
create table application_department (
    application_id uuid not null references application (id) on delete cascade,
    department_id  uuid not null references department (id) on delete cascade,
    tenant_id      uuid not null default nullif(current_setting('lotse.tenant', true), '')::uuid
                   references municipality (id),
    primary key (application_id, department_id)
);

create index application_department_department on application_department (department_id);

-- A directed interface: the first application sends the second what is named in "exchanges".
create table application_interface (
    id                  uuid primary key,
    tenant_id           uuid         not null references municipality (id),
    version             bigint       not null,
    from_application_id uuid         not null references application (id),
    to_application_id   uuid         not null references application (id),
    exchanges           varchar(500) not null,
    check (from_application_id <> to_application_id)
);

create index application_interface_from on application_interface (from_application_id);
create index application_interface_to on application_interface (to_application_id);

create table application_aud (
    id                 uuid     not null,
    rev                bigint   not null references audit_revision (id),
    revtype            smallint not null,
    tenant_id          uuid     not null default nullif(current_setting('lotse.tenant', true), '')::uuid
                                references municipality (id),
    name               varchar(200),
    vendor             varchar(200),
    product            varchar(200),
    product_version    varchar(100),
    purpose            varchar(4000),
    responsible_person varchar(200),
    hosting            varchar(30),
    user_count         integer,
    lifecycle          varchar(20),
    introduced_on      date,
    retire_by          date,
    functional_fit     integer,
    technical_fit      integer,
    criticality        varchar(10),
    personal_data      boolean,
    protection_need    varchar(10),
    open_source        boolean,
    licence            varchar(200),
    successor_id       uuid,
    primary key (id, rev)
);

create table application_interface_aud (
    id                  uuid     not null,
    rev                 bigint   not null references audit_revision (id),
    revtype             smallint not null,
    tenant_id           uuid     not null default nullif(current_setting('lotse.tenant', true), '')::uuid
                                 references municipality (id),
    from_application_id uuid,
    to_application_id   uuid,
    exchanges           varchar(500),
    primary key (id, rev)
);

create index application_aud_rev on application_aud (rev);
create index application_interface_aud_rev on application_interface_aud (rev);

do $$
declare
    t text;
begin
    foreach t in array array['application', 'application_department', 'application_interface',
                             'application_aud', 'application_interface_aud']
    loop
        execute format('alter table %I enable row level security', t);
        execute format('create policy tenant_isolation on %I'
                       || ' using (tenant_id = nullif(current_setting(''lotse.tenant'', true), '''')::uuid)'
                       || ' with check (tenant_id = nullif(current_setting(''lotse.tenant'', true), '''')::uuid)', t);
    end loop;
end
$$;

revoke update, delete, truncate on application_aud, application_interface_aud from ${applicationRole};
