-- The project in full: what it is, who leads it, its phase and reporting cadence, and everything it
-- carries (phase history, status reports, milestones, risks, dependencies, topics). Every column
-- added to project is nullable or has a default, so a project can be created with V120's columns.

alter table project
    add column summary           text,
    add column lead              varchar(200),
    add column mode              varchar(10)  not null default 'LINE' check (mode in ('LAB', 'LINE')),
    add column priority          varchar(10)  not null default 'MEDIUM' check (priority in ('HIGH', 'MEDIUM', 'LOW')),
    add column phase             varchar(20)  not null default 'IDEA'
        check (phase in ('IDEA', 'CONCEPT', 'FUNDING', 'PROCUREMENT', 'IMPLEMENTATION', 'ROLLOUT', 'OPERATION',
                         'CLOSED', 'STOPPED')),
    add column left_idea_on      date,
    add column planned_start     date,
    add column planned_end       date,
    add column reporting_cadence varchar(20)  not null default 'MONTHLY'
        check (reporting_cadence in ('MONTHLY', 'QUARTERLY', 'HALF_YEARLY')),
    add column public_visible    boolean      not null default false,
    add column public_summary    text,
    add constraint project_planned_dates check (planned_end is null or planned_start is null or planned_end >= planned_start);

-- the filters and sort orders the portfolio list offers
create index project_tenant_phase on project (tenant_id, phase);
create index project_tenant_mode on project (tenant_id, mode);
create index project_tenant_title on project (tenant_id, lower(title));
create index project_tenant_start on project (tenant_id, planned_start);

create table project_aud (
    id                uuid        not null,
    rev               bigint      not null references audit_revision (id),
    revtype           smallint    not null,
    tenant_id         uuid        not null default nullif(current_setting('lotse.tenant', true), '')::uuid
                                  references municipality (id),
    title             varchar(300),
    department_id     uuid,
    summary           text,
    lead              varchar(200),
    mode              varchar(10),
    priority          varchar(10),
    phase             varchar(20),
    left_idea_on      date,
    planned_start     date,
    planned_end       date,
    reporting_cadence varchar(20),
    public_visible    boolean,
    public_summary    text,
    primary key (id, rev)
);

-- The dated phase history: who moved the project from which phase to which, when and why.
create table project_phase_change (
    id          uuid primary key,
    tenant_id   uuid         not null references municipality (id),
    project_id  uuid         not null references project (id) on delete cascade,
    changed_on  date         not null,
    changed_at  timestamptz  not null,
    changed_by  varchar(200) not null,
    from_phase  varchar(20),
    to_phase    varchar(20)  not null,
    note        text
);

create index project_phase_change_project on project_phase_change (project_id, changed_at);

-- Topics (Themen) a municipality files its projects under; seeded per municipality on first use.
create table topic (
    id        uuid primary key,
    tenant_id uuid         not null references municipality (id),
    version   bigint       not null,
    position  integer      not null,
    name      varchar(100) not null
);

create unique index topic_tenant_name on topic (tenant_id, lower(name));

-- That a municipality's topics were seeded once, so a municipality that removes them all keeps none.
create table topic_seeding (
    tenant_id uuid primary key references municipality (id)
              default nullif(current_setting('lotse.tenant', true), '')::uuid,
    seeded_at timestamptz not null
);

create table project_topic (
    project_id uuid not null references project (id) on delete cascade,
    topic_id   uuid not null references topic (id) on delete cascade,
    tenant_id  uuid not null default nullif(current_setting('lotse.tenant', true), '')::uuid
               references municipality (id),
    primary key (project_id, topic_id)
);

create index project_topic_topic on project_topic (topic_id);

-- A project depends on another of the same municipality (no cycles: checked by the application).
create table project_dependency (
    project_id    uuid not null references project (id) on delete cascade,
    depends_on_id uuid not null references project (id) on delete cascade,
    tenant_id     uuid not null default nullif(current_setting('lotse.tenant', true), '')::uuid
                  references municipality (id),
    primary key (project_id, depends_on_id),
    check (project_id <> depends_on_id)
);

create index project_dependency_depends_on on project_dependency (depends_on_id);

create table status_report (
    id               uuid primary key,
    tenant_id        uuid        not null references municipality (id),
    version          bigint      not null,
    project_id       uuid        not null references project (id) on delete cascade,
    report_date      date        not null,
    overall          varchar(6)  not null check (overall in ('GREEN', 'YELLOW', 'RED')),
    scope            varchar(6)  check (scope in ('GREEN', 'YELLOW', 'RED')),
    schedule         varchar(6)  check (schedule in ('GREEN', 'YELLOW', 'RED')),
    budget           varchar(6)  check (budget in ('GREEN', 'YELLOW', 'RED')),
    summary          text,
    achievements     text,
    next_steps       text,
    problems         text,
    decisions_needed text,
    created_at       timestamptz not null
);

-- the latest report of each project: the project's status
create index status_report_latest on status_report (project_id, report_date desc, created_at desc);

create table status_report_aud (
    id               uuid        not null,
    rev              bigint      not null references audit_revision (id),
    revtype          smallint    not null,
    tenant_id        uuid        not null default nullif(current_setting('lotse.tenant', true), '')::uuid
                                 references municipality (id),
    project_id       uuid,
    report_date      date,
    overall          varchar(6),
    scope            varchar(6),
    schedule         varchar(6),
    budget           varchar(6),
    summary          text,
    achievements     text,
    next_steps       text,
    problems         text,
    decisions_needed text,
    created_at       timestamptz,
    primary key (id, rev)
);

create table milestone (
    id         uuid primary key,
    tenant_id  uuid         not null references municipality (id),
    version    bigint       not null,
    project_id uuid         not null references project (id) on delete cascade,
    title      varchar(300) not null,
    due        date         not null,
    done       boolean      not null default false
);

create index milestone_project on milestone (project_id, due);
create index milestone_tenant_due on milestone (tenant_id, due);

create table milestone_aud (
    id         uuid     not null,
    rev        bigint   not null references audit_revision (id),
    revtype    smallint not null,
    tenant_id  uuid     not null default nullif(current_setting('lotse.tenant', true), '')::uuid
                        references municipality (id),
    project_id uuid,
    title      varchar(300),
    due        date,
    done       boolean,
    primary key (id, rev)
);

create table risk (
    id          uuid primary key,
    tenant_id   uuid         not null references municipality (id),
    version     bigint       not null,
    project_id  uuid         not null references project (id) on delete cascade,
    title       varchar(300) not null,
    probability varchar(10)  not null check (probability in ('LOW', 'MEDIUM', 'HIGH')),
    impact      varchar(10)  not null check (impact in ('LOW', 'MEDIUM', 'HIGH')),
    mitigation  text,
    owner       varchar(200),
    open        boolean      not null default true
);

create index risk_project on risk (project_id);

create table risk_aud (
    id          uuid     not null,
    rev         bigint   not null references audit_revision (id),
    revtype     smallint not null,
    tenant_id   uuid     not null default nullif(current_setting('lotse.tenant', true), '')::uuid
                         references municipality (id),
    project_id  uuid,
    title       varchar(300),
    probability varchar(10),
    impact      varchar(10),
    mitigation  text,
    owner       varchar(200),
    open        boolean,
    primary key (id, rev)
);

create index project_aud_rev on project_aud (rev);
create index status_report_aud_rev on status_report_aud (rev);
create index milestone_aud_rev on milestone_aud (rev);
create index risk_aud_rev on risk_aud (rev);

do $$
declare
    t text;
begin
    foreach t in array array['project_aud', 'project_phase_change', 'topic', 'topic_seeding', 'project_topic',
                             'project_dependency', 'status_report', 'status_report_aud', 'milestone',
                             'milestone_aud', 'risk', 'risk_aud']
    loop
        execute format('alter table %I enable row level security', t);
        execute format('create policy tenant_isolation on %I'
                       || ' using (tenant_id = nullif(current_setting(''lotse.tenant'', true), '''')::uuid)'
                       || ' with check (tenant_id = nullif(current_setting(''lotse.tenant'', true), '''')::uuid)', t);
    end loop;
end
$$;

revoke update, delete, truncate on project_aud, status_report_aud, milestone_aud, risk_aud from ${applicationRole};
