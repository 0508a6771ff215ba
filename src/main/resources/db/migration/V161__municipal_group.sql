-- The municipal group (Konzern Kommune): the companies and enterprises the municipality owns or
-- holds a share in, audited like departments (ADR 8).
create table municipal_company (
    id            uuid primary key,
    tenant_id     uuid          not null references municipality (id),
    version       bigint        not null,
    name          varchar(200)  not null,
    short_name    varchar(30),
    legal_form    varchar(20)   not null check (legal_form in ('EIGENBETRIEB', 'REGIEBETRIEB', 'AOER',
                                    'ZWECKVERBAND', 'GMBH', 'GGMBH', 'AG', 'GMBH_CO_KG', 'EG', 'STIFTUNG')),
    share_percent numeric(5, 2) check (share_percent >= 0 and share_percent <= 100),
    website       varchar(300),
    contact       varchar(200),
    active        boolean       not null
);

create index municipal_company_tenant_name on municipal_company (tenant_id, name);

alter table municipal_company enable row level security;
create policy tenant_isolation on municipal_company
    using (tenant_id = nullif(current_setting('lotse.tenant', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('lotse.tenant', true), '')::uuid);

create table municipal_company_aud (
    id            uuid          not null,
    rev           bigint        not null references audit_revision (id),
    revtype       smallint      not null,
    tenant_id     uuid          not null default nullif(current_setting('lotse.tenant', true), '')::uuid
                                references municipality (id),
    name          varchar(200),
    short_name    varchar(30),
    legal_form    varchar(20),
    share_percent numeric(5, 2),
    website       varchar(300),
    contact       varchar(200),
    active        boolean,
    primary key (id, rev)
);

create index municipal_company_aud_rev on municipal_company_aud (rev);

alter table municipal_company_aud enable row level security;
create policy tenant_isolation on municipal_company_aud
    using (tenant_id = nullif(current_setting('lotse.tenant', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('lotse.tenant', true), '')::uuid);

revoke update, delete, truncate on municipal_company_aud from ${applicationRole};
