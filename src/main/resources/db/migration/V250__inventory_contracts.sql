-- Contracts of the inventory's applications (licence, maintenance, hosting, support): who the
-- contractor is, when the contract runs, how long before its end notice must be given and whether it
-- renews itself. The next notice deadline is not stored: with automatic renewal it moves on with
-- time. contract_term_end and contract_notice_deadline compute it, like inventory.NoticeDeadline.
create table application_contract (
    id                   uuid          primary key,
    tenant_id            uuid          not null references municipality (id),
    version              bigint        not null,
    application_id       uuid          not null references application (id),
    contractor           varchar(200)  not null,
    starts_on            date          not null,
    ends_on              date,
    notice_period_months integer       not null check (notice_period_months between 0 and 120),
    auto_renewal         boolean       not null default false,
    renewal_term_months  integer       check (renewal_term_months between 1 and 120),
    licence_costs        numeric(15,2) not null default 0 check (licence_costs >= 0),
    maintenance_costs    numeric(15,2) not null default 0 check (maintenance_costs >= 0),
    hosting_costs        numeric(15,2) not null default 0 check (hosting_costs >= 0),
    support_costs        numeric(15,2) not null default 0 check (support_costs >= 0),
    cost_centre          varchar(50),
    notify_email         varchar(254),
    check (ends_on is null or ends_on >= starts_on),
    check (not auto_renewal or (renewal_term_months is not null and ends_on is not null))
);

create index application_contract_application on application_contract (application_id);
create index application_contract_tenant_ends on application_contract (tenant_id, ends_on);

create table application_contract_aud (
    id                   uuid     not null,
    rev                  bigint   not null references audit_revision (id),
    revtype              smallint not null,
    tenant_id            uuid     not null default nullif(current_setting('lotse.tenant', true), '')::uuid
                                  references municipality (id),
    application_id       uuid,
    contractor           varchar(200),
    starts_on            date,
    ends_on              date,
    notice_period_months integer,
    auto_renewal         boolean,
    renewal_term_months  integer,
    licence_costs        numeric(15,2),
    maintenance_costs    numeric(15,2),
    hosting_costs        numeric(15,2),
    support_costs        numeric(15,2),
    cost_centre          varchar(50),
    notify_email         varchar(254),
    primary key (id, rev)
);

create index application_contract_aud_rev on application_contract_aud (rev);

-- A reminder of a notice deadline that was sent: at most one per contract and deadline. The daily job
-- inserts the row and sends the mail in one transaction; a failed mail rolls the row back, so the
-- next run tries again. A later deadline (after a renewal) is a new row.
create table contract_reminder (
    contract_id     uuid        not null references application_contract (id) on delete cascade,
    notice_deadline date        not null,
    tenant_id       uuid        not null references municipality (id),
    sent_to         varchar(254) not null,
    sent_at         timestamptz not null,
    primary key (contract_id, notice_deadline)
);

do $$
declare
    t text;
begin
    foreach t in array array['application_contract', 'application_contract_aud', 'contract_reminder']
    loop
        execute format('alter table %I enable row level security', t);
        execute format('create policy tenant_isolation on %I'
                       || ' using (tenant_id = nullif(current_setting(''lotse.tenant'', true), '''')::uuid)'
                       || ' with check (tenant_id = nullif(current_setting(''lotse.tenant'', true), '''')::uuid)', t);
    end loop;
end
$$;

revoke update, delete, truncate on application_contract_aud from ${applicationRole};

-- A date moved by whole months; the last day of a month stays the last day (30.06. + 6 = 31.12.).
create function contract_shift_months(day date, months integer) returns date
    language sql immutable strict as
$$
    select case
               when day = (date_trunc('month', day) + interval '1 month - 1 day')::date
                   then (date_trunc('month', day) + make_interval(months => months + 1) - interval '1 day')::date
               else (day + make_interval(months => months))::date
           end
$$;

-- The end of the term whose notice deadline comes next on or after today: the contract's end, or with
-- automatic renewal the end rolled forward by the renewal term until its deadline is not past.
create function contract_term_end(ends_on date, notice_months integer, auto_renewal boolean,
                                  renewal_months integer, today date) returns date
    language plpgsql immutable as
$$
declare
    term integer := 0;
begin
    if ends_on is null then
        return null;
    end if;
    if not auto_renewal or renewal_months is null or renewal_months < 1 then
        return ends_on;
    end if;
    while contract_shift_months(contract_shift_months(ends_on, term), -notice_months) < today loop
        term := term + renewal_months;
    end loop;
    return contract_shift_months(ends_on, term);
end
$$;

create function contract_notice_deadline(ends_on date, notice_months integer, auto_renewal boolean,
                                         renewal_months integer, today date) returns date
    language sql immutable as
$$
    select contract_shift_months(contract_term_end(ends_on, notice_months, auto_renewal, renewal_months, today),
                                 -notice_months)
$$;

-- ShedLock: a scheduled job runs on one node at a time.
create table shedlock (
    name       varchar(64)  primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
