-- Isolation guard rails (ADR 21): every table with a tenant_id gets ENABLE and FORCE ROW LEVEL
-- SECURITY and the standard policy through one helper, lotse_tenant_table, which later migrations
-- call for each tenant table they create. FORCE filters the table owner too: from here on, a
-- migration sees and changes only the rows of the municipality named in lotse.tenant (none by
-- default), exactly like the application. A migration that must change every municipality's rows
-- takes FORCE away for its statements and gives it back with the helper:
--     alter table t no force row level security;  ...  select lotse_tenant_table('t');

create or replace function lotse_tenant_table(target regclass) returns void
    language plpgsql
as
$$
begin
    execute format('alter table %s enable row level security', target);
    execute format('alter table %s force row level security', target);
    if not exists (select from pg_policy where polrelid = target and polname = 'tenant_isolation') then
        execute format('create policy tenant_isolation on %s'
                       || ' using (tenant_id = nullif(current_setting(''lotse.tenant'', true), '''')::uuid)'
                       || ' with check (tenant_id = nullif(current_setting(''lotse.tenant'', true), '''')::uuid)',
                       target);
    end if;
end
$$;

-- only the schema owner (migrations) shapes tables
revoke execute on function lotse_tenant_table(regclass) from public;

do $$
declare
    t regclass;
begin
    for t in
        select c.oid::regclass
        from pg_class c
        join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped
        where c.relkind in ('r', 'p') and c.relnamespace = current_schema()::regnamespace
        order by c.relname
    loop
        perform lotse_tenant_table(t);
    end loop;
end
$$;
