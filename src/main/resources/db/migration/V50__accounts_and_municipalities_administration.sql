-- What the operator console and the user administration need: one-time passwords that must be
-- changed, operators without a municipality, and municipalities that can be deactivated.

alter table user_account add column must_change_password boolean not null default false;
alter table user_account add column operator boolean not null default false;
alter table user_account add column preferred_language varchar(5);
alter table user_account add column last_login_at timestamptz;

alter table municipality add column active boolean not null default true;
alter table municipality add column created_at timestamptz not null default now();
alter table municipality add column ars varchar(12) check (ars ~ '^[0-9]{12}$');
alter table municipality add column kind varchar(100);
alter table municipality add column land varchar(100);
alter table municipality add column kreis varchar(200);
alter table municipality add column population integer;
