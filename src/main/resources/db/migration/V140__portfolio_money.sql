-- The portfolio's money: budget lines per project, fiscal year and cost type, and funding
-- applications through to the proof of use (Verwendungsnachweis). Amounts are EUR with cents.

create table budget_line (
    id          uuid primary key,
    tenant_id   uuid          not null references municipality (id),
    version     bigint        not null,
    project_id  uuid          not null references project (id),
    fiscal_year integer       not null check (fiscal_year between 1990 and 2100),
    cost_type   varchar(20)   not null check (cost_type in ('INVESTIVE', 'CONSUMPTIVE')),
    planned     numeric(15,2) not null check (planned >= 0),
    approved    numeric(15,2) not null check (approved >= 0),
    spent       numeric(15,2) not null check (spent >= 0),
    cost_centre varchar(100),
    note        varchar(2000),
    constraint budget_line_unique_year_and_type unique (project_id, fiscal_year, cost_type)
);

create index budget_line_tenant_year on budget_line (tenant_id, fiscal_year);

alter table budget_line enable row level security;
create policy tenant_isolation on budget_line
    using (tenant_id = nullif(current_setting('lotse.tenant', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('lotse.tenant', true), '')::uuid);

create table funding_application (
    id                         uuid primary key,
    tenant_id                  uuid          not null references municipality (id),
    version                    bigint        not null,
    project_id                 uuid          not null references project (id),
    programme                  varchar(300)  not null,
    funding_body               varchar(20)   not null check (funding_body in ('EU', 'FEDERAL', 'STATE', 'OTHER')),
    status                     varchar(20)   not null check (status in ('PLANNED', 'SUBMITTED', 'GRANTED',
                                                                         'PARTLY_GRANTED', 'REJECTED', 'WITHDRAWN')),
    call_deadline              date,
    submitted_on               date,
    requested_amount           numeric(15,2) not null check (requested_amount >= 0),
    own_share                  numeric(15,2) check (own_share >= 0),
    decision_date              date,
    granted_amount             numeric(15,2) check (granted_amount >= 0),
    received_amount            numeric(15,2) check (received_amount >= 0),
    proof_of_use_due           date,
    proof_of_use_submitted_on  date,
    note                       varchar(2000)
);

create index funding_application_project on funding_application (project_id);
create index funding_application_tenant_status on funding_application (tenant_id, status);
create index funding_application_tenant_deadline on funding_application (tenant_id, call_deadline);
create index funding_application_open_proof on funding_application (tenant_id, proof_of_use_due)
    where proof_of_use_submitted_on is null;

alter table funding_application enable row level security;
create policy tenant_isolation on funding_application
    using (tenant_id = nullif(current_setting('lotse.tenant', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('lotse.tenant', true), '')::uuid);

create table budget_line_aud (
    id          uuid          not null,
    rev         bigint        not null references audit_revision (id),
    revtype     smallint      not null,
    tenant_id   uuid          not null default nullif(current_setting('lotse.tenant', true), '')::uuid
                              references municipality (id),
    project_id  uuid,
    fiscal_year integer,
    cost_type   varchar(20),
    planned     numeric(15,2),
    approved    numeric(15,2),
    spent       numeric(15,2),
    cost_centre varchar(100),
    note        varchar(2000),
    primary key (id, rev)
);

create table funding_application_aud (
    id                         uuid          not null,
    rev                        bigint        not null references audit_revision (id),
    revtype                    smallint      not null,
    tenant_id                  uuid          not null default nullif(current_setting('lotse.tenant', true), '')::uuid
                                             references municipality (id),
    project_id                 uuid,
    programme                  varchar(300),
    funding_body               varchar(20),
    status                     varchar(20),
    call_deadline              date,
    submitted_on               date,
    requested_amount           numeric(15,2),
    own_share                  numeric(15,2),
    decision_date              date,
    granted_amount             numeric(15,2),
    received_amount            numeric(15,2),
    proof_of_use_due           date,
    proof_of_use_submitted_on  date,
    note                       varchar(2000),
    primary key (id, rev)
);

create index budget_line_aud_rev on budget_line_aud (rev);
create index funding_application_aud_rev on funding_application_aud (rev);

alter table budget_line_aud enable row level security;
create policy tenant_isolation on budget_line_aud
    using (tenant_id = nullif(current_setting('lotse.tenant', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('lotse.tenant', true), '')::uuid);

alter table funding_application_aud enable row level security;
create policy tenant_isolation on funding_application_aud
    using (tenant_id = nullif(current_setting('lotse.tenant', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('lotse.tenant', true), '')::uuid);

revoke update, delete, truncate on budget_line_aud, funding_application_aud from ${applicationRole};
