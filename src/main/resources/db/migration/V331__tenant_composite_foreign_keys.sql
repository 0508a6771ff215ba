-- Isolation guard rails (ADR 21): a reference from one municipality's record to another record
-- names the municipality too, so a row can never point at another municipality's row, whatever the
-- application does. Every single-column foreign key between two tables with a tenant_id becomes
-- (tenant_id, column) -> (tenant_id, id), with the same name and the same action on delete; the
-- referenced table gets a unique (tenant_id, id) for it. The history tables' references to their
-- revision stay as they are: Envers writes both in the same transaction for one municipality.
-- "on delete set null" names the column (PostgreSQL 15), so tenant_id itself is never cleared.

do $$
declare
    fk       record;
    column_  text;
    target   text;
    on_del   text;
begin
    for fk in
        select con.conname, con.conrelid::regclass as source, con.confrelid::regclass as referenced,
               con.conkey[1] as source_column, con.confkey[1] as referenced_column, con.confdeltype
        from pg_constraint con
        where con.contype = 'f'
          and con.connamespace = current_schema()::regnamespace
          and cardinality(con.conkey) = 1
          and con.confrelid <> 'audit_revision'::regclass
          and exists (select from pg_attribute a
                      where a.attrelid = con.conrelid and a.attname = 'tenant_id' and not a.attisdropped)
          and exists (select from pg_attribute a
                      where a.attrelid = con.confrelid and a.attname = 'tenant_id' and not a.attisdropped)
          and (select a.attname from pg_attribute a where a.attrelid = con.conrelid and a.attnum = con.conkey[1])
              <> 'tenant_id'
        order by con.conrelid::regclass::text, con.conname
    loop
        select quote_ident(attname) into column_ from pg_attribute
            where attrelid = fk.source and attnum = fk.source_column;
        select quote_ident(attname) into target from pg_attribute
            where attrelid = fk.referenced and attnum = fk.referenced_column;
        -- the referenced side: a unique (tenant_id, id), made once per table
        if not exists (select from pg_constraint u
                       where u.conrelid = fk.referenced and u.contype in ('u', 'p')
                         and u.conkey = array[(select attnum from pg_attribute
                                               where attrelid = fk.referenced and attname = 'tenant_id'),
                                              fk.referenced_column]::smallint[]) then
            execute format('alter table %s add constraint %I unique (tenant_id, %s)',
                           fk.referenced, fk.referenced::text || '_tenant_' || target || '_unique', target);
        end if;
        on_del := case fk.confdeltype
                      when 'c' then 'cascade'
                      when 'n' then format('set null (%s)', column_)
                      when 'r' then 'restrict'
                      when 'd' then format('set default (%s)', column_)
                      else 'no action' end;
        execute format('alter table %s drop constraint %I', fk.source, fk.conname);
        execute format('alter table %s add constraint %I foreign key (tenant_id, %s) references %s (tenant_id, %s)'
                       || ' on delete %s',
                       fk.source, fk.conname, column_, fk.referenced, target, on_del);
    end loop;
end
$$;
