-- The portfolio's projects (Maßnahmen): the table every part of the portfolio refers to, with the
-- department that runs a project and the goals it serves. Phases, status reports, milestones and
-- risks follow in V121 to V139; money (budget lines, funding applications) and qualification in
-- V140 to V149.

create table project (
    id            uuid primary key,
    tenant_id     uuid         not null references municipality (id),
    version       bigint       not null,
    title         varchar(300) not null,
    department_id uuid references department (id)
);

create index project_tenant on project (tenant_id);
create index project_department on project (department_id);

create table project_goal (
    project_id uuid not null references project (id) on delete cascade,
    goal_id    uuid not null references goal (id),
    -- defaults to the connection's municipality, so an element collection needs not name it
    tenant_id  uuid not null default nullif(current_setting('lotse.tenant', true), '')::uuid
               references municipality (id),
    primary key (project_id, goal_id)
);

create index project_goal_goal on project_goal (goal_id);

alter table project enable row level security;
create policy tenant_isolation on project
    using (tenant_id = nullif(current_setting('lotse.tenant', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('lotse.tenant', true), '')::uuid);

alter table project_goal enable row level security;
create policy tenant_isolation on project_goal
    using (tenant_id = nullif(current_setting('lotse.tenant', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('lotse.tenant', true), '')::uuid);
