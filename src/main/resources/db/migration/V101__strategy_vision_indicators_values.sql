-- The rest of the strategy: the vision of each municipality, the indicators that measure a goal and
-- their measured values. Numbers of indicators have up to four decimals (rates, shares, counts).

create table vision (
    id        uuid primary key,
    tenant_id uuid    not null unique references municipality (id),
    version   bigint  not null,
    text      text    not null,
    published boolean not null
);

create table indicator (
    id             uuid primary key,
    tenant_id      uuid           not null references municipality (id),
    version        bigint         not null,
    goal_id        uuid           not null references goal (id),
    position       integer        not null,
    name           varchar(200)   not null,
    unit           varchar(50)    not null,
    direction      varchar(20)    not null check (direction in ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER')),
    baseline_value numeric(19, 4),
    baseline_date  date,
    target_value   numeric(19, 4),
    target_date    date,
    check (target_date is null or baseline_date is null or target_date > baseline_date)
);

create index indicator_tenant on indicator (tenant_id);
create index indicator_goal on indicator (goal_id, position);

create table measured_value (
    id           uuid primary key,
    tenant_id    uuid           not null references municipality (id),
    version      bigint         not null,
    indicator_id uuid           not null references indicator (id),
    measured_on  date           not null,
    value        numeric(19, 4) not null,
    source       varchar(300),
    unique (indicator_id, measured_on)
);

create index measured_value_tenant on measured_value (tenant_id);

alter table vision enable row level security;
create policy tenant_isolation on vision
    using (tenant_id = nullif(current_setting('lotse.tenant', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('lotse.tenant', true), '')::uuid);

alter table indicator enable row level security;
create policy tenant_isolation on indicator
    using (tenant_id = nullif(current_setting('lotse.tenant', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('lotse.tenant', true), '')::uuid);

alter table measured_value enable row level security;
create policy tenant_isolation on measured_value
    using (tenant_id = nullif(current_setting('lotse.tenant', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('lotse.tenant', true), '')::uuid);

create table vision_aud (
    id        uuid     not null,
    rev       bigint   not null references audit_revision (id),
    revtype   smallint not null,
    tenant_id uuid     not null default nullif(current_setting('lotse.tenant', true), '')::uuid
                       references municipality (id),
    text      text,
    published boolean,
    primary key (id, rev)
);

create table indicator_aud (
    id             uuid     not null,
    rev            bigint   not null references audit_revision (id),
    revtype        smallint not null,
    tenant_id      uuid     not null default nullif(current_setting('lotse.tenant', true), '')::uuid
                            references municipality (id),
    goal_id        uuid,
    position       integer,
    name           varchar(200),
    unit           varchar(50),
    direction      varchar(20),
    baseline_value numeric(19, 4),
    baseline_date  date,
    target_value   numeric(19, 4),
    target_date    date,
    primary key (id, rev)
);

create table measured_value_aud (
    id           uuid     not null,
    rev          bigint   not null references audit_revision (id),
    revtype      smallint not null,
    tenant_id    uuid     not null default nullif(current_setting('lotse.tenant', true), '')::uuid
                          references municipality (id),
    indicator_id uuid,
    measured_on  date,
    value        numeric(19, 4),
    source       varchar(300),
    primary key (id, rev)
);

create index vision_aud_rev on vision_aud (rev);
create index indicator_aud_rev on indicator_aud (rev);
create index measured_value_aud_rev on measured_value_aud (rev);

alter table vision_aud enable row level security;
create policy tenant_isolation on vision_aud
    using (tenant_id = nullif(current_setting('lotse.tenant', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('lotse.tenant', true), '')::uuid);

alter table indicator_aud enable row level security;
create policy tenant_isolation on indicator_aud
    using (tenant_id = nullif(current_setting('lotse.tenant', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('lotse.tenant', true), '')::uuid);

alter table measured_value_aud enable row level security;
create policy tenant_isolation on measured_value_aud
    using (tenant_id = nullif(current_setting('lotse.tenant', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('lotse.tenant', true), '')::uuid);

revoke update, delete, truncate on vision_aud, indicator_aud, measured_value_aud from ${applicationRole};
