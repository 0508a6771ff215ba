-- What an application's publiccode.yml says beyond the fields a person keeps: set by importing the
-- file. Its repository URL identifies the application when the file is imported again.
alter table application
    add column repository_url varchar(500),
    add column maintenance    varchar(1000),
    add column platforms      varchar(500),
    add column categories     varchar(1000);

create unique index application_repository_url on application (tenant_id, repository_url)
    where repository_url is not null;

alter table application_aud
    add column repository_url varchar(500),
    add column maintenance    varchar(1000),
    add column platforms      varchar(500),
    add column categories     varchar(1000);
