-- A project's status is its latest report. Lists sort, filter and group thousands of projects by
-- it, so it is kept per project, up to date with every insert, change and deletion of a report by a
-- trigger (whoever writes the reports), instead of being looked up among all reports for each list.
create table project_latest_report (
    project_id  uuid       primary key references project (id) on delete cascade,
    tenant_id   uuid       not null references municipality (id),
    report_id   uuid       not null,
    overall     varchar(6) not null,
    report_date date       not null
);

create index project_latest_report_tenant on project_latest_report (tenant_id, overall);

alter table project_latest_report enable row level security;
create policy tenant_isolation on project_latest_report
    using (tenant_id = nullif(current_setting('lotse.tenant', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('lotse.tenant', true), '')::uuid);

create function refresh_project_latest_report(changed uuid) returns void language sql as $$
    delete from project_latest_report where project_id = changed;
    insert into project_latest_report (project_id, tenant_id, report_id, overall, report_date)
    select r.project_id, r.tenant_id, r.id, r.overall, r.report_date
    from status_report r
    where r.project_id = changed and exists (select 1 from project p where p.id = changed)
    order by r.report_date desc, r.created_at desc
    limit 1;
$$;

create function status_report_changed() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform refresh_project_latest_report(old.project_id);
    end if;
    if tg_op in ('INSERT', 'UPDATE') and (tg_op = 'INSERT' or new.project_id <> old.project_id) then
        perform refresh_project_latest_report(new.project_id);
    end if;
    return null;
end;
$$;

create trigger status_report_latest after insert or update or delete on status_report
    for each row execute function status_report_changed();

insert into project_latest_report (project_id, tenant_id, report_id, overall, report_date)
select distinct on (r.project_id) r.project_id, r.tenant_id, r.id, r.overall, r.report_date
from status_report r
order by r.project_id, r.report_date desc, r.created_at desc;
