-- Qualification measures (trainings) per project: rollout is done when people can use it. The
-- responsible digital pilot is one of the municipality's people with the role PILOT.

create table qualification_measure (
    id                   uuid primary key,
    tenant_id            uuid         not null references municipality (id),
    version              bigint       not null,
    project_id           uuid         not null references project (id),
    title                varchar(300) not null,
    audience             varchar(300),
    held_on              date         not null,
    participants_planned integer check (participants_planned >= 0),
    participants_actual  integer check (participants_actual >= 0),
    pilot_id             uuid references user_account (id),
    note                 varchar(2000)
);

create index qualification_measure_project on qualification_measure (project_id, held_on);
create index qualification_measure_tenant on qualification_measure (tenant_id);

alter table qualification_measure enable row level security;
create policy tenant_isolation on qualification_measure
    using (tenant_id = nullif(current_setting('lotse.tenant', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('lotse.tenant', true), '')::uuid);

create table qualification_measure_aud (
    id                   uuid         not null,
    rev                  bigint       not null references audit_revision (id),
    revtype              smallint     not null,
    tenant_id            uuid         not null default nullif(current_setting('lotse.tenant', true), '')::uuid
                                      references municipality (id),
    project_id           uuid,
    title                varchar(300),
    audience             varchar(300),
    held_on              date,
    participants_planned integer,
    participants_actual  integer,
    pilot_id             uuid,
    note                 varchar(2000),
    primary key (id, rev)
);

create index qualification_measure_aud_rev on qualification_measure_aud (rev);

alter table qualification_measure_aud enable row level security;
create policy tenant_isolation on qualification_measure_aud
    using (tenant_id = nullif(current_setting('lotse.tenant', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('lotse.tenant', true), '')::uuid);

revoke update, delete, truncate on qualification_measure_aud from ${applicationRole};
