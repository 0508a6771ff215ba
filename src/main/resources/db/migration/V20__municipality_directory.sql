-- The official municipality directory of Destatis (Gemeindeverzeichnis GV100AD) as public reference
-- data: the same for every municipality, so no tenant_id. Filled and replaced at start by
-- de.lotse.tenancy.MunicipalityDirectoryLoader from the CSV files shipped in the jar.

-- The Gebietsstand (reference date of the territorial status) of the loaded directory; one row.
create table directory_gebietsstand (
    id           smallint    primary key check (id = 1),
    gebietsstand date        not null,
    loaded_at    timestamptz not null
);

-- Länder (federal states), keyed by their 2-digit key.
create table directory_land (
    land_key varchar(2)   primary key check (land_key ~ '^[0-9]{2}$'),
    name     varchar(100) not null,
    seat     varchar(100)
);

-- Kreise (districts and district-free cities), keyed by their 5-digit key.
create table directory_kreis (
    kreis_key        varchar(5)   primary key check (kreis_key ~ '^[0-9]{5}$'),
    land_key         varchar(2)   not null references directory_land (land_key),
    regierungsbezirk varchar(100),
    name             varchar(200) not null,
    seat             varchar(100),
    type_code        smallint     not null,
    type             varchar(60)  not null
);

-- Gemeindeverbände (Ämter, Verbandsgemeinden, … and verbandsfreie Gemeinden), keyed by 9 digits:
-- Kreis key and 4-digit Verband key. No reference to directory_kreis: a few areas that belong to
-- no Kreis (e.g. coastal waters) carry a Kreis key that the directory does not list.
create table directory_gemeindeverband (
    gemeindeverband_key varchar(9)   primary key check (gemeindeverband_key ~ '^[0-9]{9}$'),
    land_key            varchar(2)   not null references directory_land (land_key),
    kreis_key           varchar(5)   not null,
    name                varchar(200) not null,
    seat                varchar(100),
    type_code           smallint     not null,
    type                varchar(60)  not null
);

-- Gemeinden (municipalities and unincorporated areas). search_name and search_short_name are the
-- official name and the name without its suffix (", Stadt", ", Landeshauptstadt", …), lower
-- case, umlauts written as ae/oe/ue/ss, other accents and punctuation removed (computed at load).
create table directory_gemeinde (
    ags                 varchar(8)   primary key check (ags ~ '^[0-9]{8}$'),
    ars                 varchar(12)  not null unique check (ars ~ '^[0-9]{12}$'),
    name                varchar(200) not null,
    short_name          varchar(200) not null,
    type_code           smallint     not null,
    type                varchar(60)  not null,
    land_key            varchar(2)   not null references directory_land (land_key),
    kreis_key           varchar(5)   not null,
    gemeindeverband_key varchar(9)   not null references directory_gemeindeverband (gemeindeverband_key),
    area_hectares       integer      not null,
    population          integer      not null,
    postcode            varchar(5)   check (postcode ~ '^[0-9]{5}$'),
    search_name         varchar(200) not null,
    search_short_name   varchar(200) not null
);

-- Prefix searches (LIKE 'x%') need text_pattern_ops in databases with a non-C collation.
create index directory_gemeinde_search_name on directory_gemeinde (search_name text_pattern_ops);
create index directory_gemeinde_ags_prefix on directory_gemeinde (ags text_pattern_ops);
create index directory_gemeinde_ars_prefix on directory_gemeinde (ars text_pattern_ops);
create index directory_gemeinde_postcode on directory_gemeinde (postcode);
create index directory_gemeinde_gemeindeverband on directory_gemeinde (gemeindeverband_key);
create index directory_kreis_land on directory_kreis (land_key);
create index directory_gemeindeverband_land on directory_gemeindeverband (land_key);
