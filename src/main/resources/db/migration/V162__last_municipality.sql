-- The municipality a person last switched to, where their next login starts (if they still may).
alter table user_account add column last_municipality_id uuid references municipality (id);
