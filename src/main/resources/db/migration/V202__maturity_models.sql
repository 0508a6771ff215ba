-- The two OZG maturity models (Reifegradmodelle): 1.x with levels 0 to 4 (2020) and 2.0 with levels
-- 0 to 7 (2025). Their level names and descriptions are reference data for all municipalities, in
-- German and English, which the operator can edit: the official short names of the 2.0 levels were
-- not published in a reachable source, so the ones below describe the levels in the model's terms.
create table maturity_level (
    model          varchar(10)  not null check (model in ('OZG_1', 'OZG_2')),
    level          smallint     not null check (level between 0 and 7),
    version        bigint       not null default 0,
    name_de        varchar(100) not null,
    name_en        varchar(100) not null,
    description_de varchar(1000) not null,
    description_en varchar(1000) not null,
    primary key (model, level)
);

insert into maturity_level (model, level, name_de, name_en, description_de, description_en) values
('OZG_1', 0, 'Offline', 'Offline',
 'Auf der Website der Behörde gibt es keine Informationen zur Leistung.',
 'The authority''s website gives no information about the service.'),
('OZG_1', 1, 'Information', 'Information',
 'Die Website informiert über die Leistung.',
 'The website informs about the service.'),
('OZG_1', 2, 'Formular-Assistent', 'Form assistant',
 'Eine Online-Hilfe unterstützt beim Ausfüllen des Formulars; der Antrag wird nicht online gestellt.',
 'Online help to fill in the form; the application is not made online.'),
('OZG_1', 3, 'Online-Leistung', 'Online service',
 'Der Antrag kann mit allen Nachweisen online gestellt werden. Ab dieser Stufe gilt eine Leistung als OZG-konform.',
 'The application, with all evidence, can be made online. From this level a service complies with the OZG.'),
('OZG_1', 4, 'Online-Transaktion', 'Online transaction',
 'Vollständig digital; Nachweise werden nach dem Once-only-Prinzip abgerufen.',
 'Fully digital; evidence is retrieved by the once-only principle.'),
('OZG_2', 0, 'Nur offline', 'Offline only',
 'Die Leistung kann nur analog beantragt werden.',
 'The service can only be applied for on paper or in person.'),
('OZG_2', 1, 'Information online', 'Information online',
 'Informationen zur Leistung sind online auffindbar.',
 'Information about the service can be found online.'),
('OZG_2', 2, 'Formular online', 'Form online',
 'Das Antragsformular ist online verfügbar; eingereicht wird es noch nicht digital.',
 'The application form is available online; it is not yet submitted digitally.'),
('OZG_2', 3, 'Antrag online', 'Application online',
 'Der Antrag wird vollständig online gestellt (Frontend). Ab dieser Stufe zählt eine Leistung in Lotse als online.',
 'The application is made fully online (front end). From this level Lotse counts a service as online.'),
('OZG_2', 4, 'Prozessorientiert', 'Process-oriented',
 'Der Online-Antrag geht ohne Medienbruch in die Bearbeitung in der Verwaltung über.',
 'The online application passes into processing in the administration without a change of medium.'),
('OZG_2', 5, 'Datenzentriert', 'Data-centric',
 'Die Verwaltung arbeitet mit strukturierten Daten statt mit Dokumenten; Daten werden nachgenutzt.',
 'The administration works with structured data instead of documents; data is reused.'),
('OZG_2', 6, 'Digital bearbeitet mit Basiskomponenten', 'Processed digitally with base components',
 'Digitale Bearbeitung mit den Basiskomponenten des Bundes: DeutschlandID und Organisationskonto mit Postfach, NOOTS, Statusmonitor, E-Akte, Bezahl- und Buchungssysteme.',
 'Digital processing with the federal base components: DeutschlandID and organisation account with mailboxes, NOOTS, status monitor, e-file, payment and accounting systems.'),
('OZG_2', 7, 'Ende-zu-Ende digital', 'Fully end-to-end digital',
 'Die Leistung ist vom Antrag bis zum Bescheid vollständig digital.',
 'The service is fully digital from the application to the decision.');

-- A service's level in each model: the municipality records in the model it chose, and the level in
-- the other model keeps what was recorded there, with its history.
alter table service_status add column maturity_level_2 smallint not null default 0
    check (maturity_level_2 between 0 and 7);
alter table service_status_aud add column maturity_level_2 smallint;

-- Which maturity model a municipality records (1.x until it chooses 2.0).
create table service_maturity_model (
    id        uuid        primary key,
    tenant_id uuid        not null unique references municipality (id),
    version   bigint      not null,
    model     varchar(10) not null check (model in ('OZG_1', 'OZG_2'))
);

alter table service_maturity_model enable row level security;
create policy tenant_isolation on service_maturity_model
    using (tenant_id = nullif(current_setting('lotse.tenant', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('lotse.tenant', true), '')::uuid);

create table service_maturity_model_aud (
    id        uuid     not null,
    rev       bigint   not null references audit_revision (id),
    revtype   smallint not null,
    tenant_id uuid     not null default nullif(current_setting('lotse.tenant', true), '')::uuid
                       references municipality (id),
    model     varchar(10),
    primary key (id, rev)
);

create index service_maturity_model_aud_rev on service_maturity_model_aud (rev);

alter table service_maturity_model_aud enable row level security;
create policy tenant_isolation on service_maturity_model_aud
    using (tenant_id = nullif(current_setting('lotse.tenant', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('lotse.tenant', true), '')::uuid);

revoke update, delete, truncate on service_maturity_model_aud from ${applicationRole};
