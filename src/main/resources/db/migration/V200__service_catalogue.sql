-- The public catalogue of administrative services (OZG-Umsetzungskatalog with the LeiKa services):
-- the same for every municipality, so no tenant_id. Filled at start from the CSV files shipped in
-- the jar (de.lotse.servicecatalog.CatalogueLoader) and replaced by newer catalogues an operator
-- imports. A service that a newer catalogue no longer lists is kept, marked as withdrawn, so the
-- municipalities' records about it stay attached and can be flagged.

-- Every catalogue that was applied, the newest last; the current one is the one with the highest id.
create table catalogue_version (
    id             integer      generated always as identity primary key,
    label          varchar(300) not null,
    content_date   date         not null,
    checksum       varchar(64)  not null,
    applied_at     timestamptz  not null,
    applied_by     varchar(200) not null,
    topics         integer      not null,
    ozg_services   integer      not null,
    leika_services integer      not null
);

create index catalogue_version_checksum on catalogue_version (checksum);

-- Catalogue files an operator uploaded, kept between the preview and applying them (nodes keep no
-- state); applied_version is set once they are applied.
create table catalogue_import (
    id              uuid         primary key,
    label           varchar(300) not null,
    content_date    date         not null,
    checksum        varchar(64)  not null,
    uploaded_at     timestamptz  not null,
    uploaded_by     varchar(200) not null,
    topics          bytea        not null,
    life_situations bytea        not null,
    ozg_services    bytea        not null,
    leika_services  bytea        not null,
    applied_version integer      references catalogue_version (id)
);

-- Themenfelder, keyed by name across catalogues.
create table catalogue_topic (
    id           integer      generated always as identity primary key,
    name         varchar(200) not null unique,
    position     integer      not null,
    withdrawn_in integer      references catalogue_version (id)
);

-- Lebens- und Geschäftslagen, keyed by name within their Themenfeld.
create table catalogue_life_situation (
    id           integer      generated always as identity primary key,
    topic_id     integer      not null references catalogue_topic (id),
    name         varchar(200) not null,
    withdrawn_in integer      references catalogue_version (id),
    unique (topic_id, name)
);

-- OZG-Leistungen (Leistungsbündel), keyed by their official 5-digit OZG-ID.
create table catalogue_ozg_service (
    ozg_id            varchar(5)   primary key check (ozg_id ~ '^[0-9]{5}$'),
    name              varchar(300) not null,
    life_situation_id integer      not null references catalogue_life_situation (id),
    added_in          integer      not null references catalogue_version (id),
    changed_in        integer      references catalogue_version (id),
    withdrawn_in      integer      references catalogue_version (id)
);

create index catalogue_ozg_service_life_situation on catalogue_ozg_service (life_situation_id);

-- LeiKa-Leistungen, keyed by their 14-digit LeiKa key; services the LeiKa does not list have no key
-- and are identified by their OZG-Leistung and name.
create table catalogue_leika_service (
    id                integer      generated always as identity primary key,
    leika_key         varchar(14)  unique check (leika_key ~ '^[0-9]{14}$'),
    name              varchar(400) not null,
    leika_type        varchar(20),
    ozg_id            varchar(5)   references catalogue_ozg_service (ozg_id),
    sdg1              boolean      not null,
    sdg2              boolean      not null,
    legal_basis       text,
    laws              text,
    law_abbreviations varchar(200),
    search            tsvector     generated always as (to_tsvector('german', name)) stored,
    added_in          integer      not null references catalogue_version (id),
    changed_in        integer      references catalogue_version (id),
    withdrawn_in      integer      references catalogue_version (id)
);

create unique index catalogue_leika_service_unkeyed on catalogue_leika_service (ozg_id, name) where leika_key is null;
create index catalogue_leika_service_ozg on catalogue_leika_service (ozg_id);
create index catalogue_leika_service_search on catalogue_leika_service using gin (search);

-- Reference data: everyone may read it; only catalogue imports change it (as the application role).
