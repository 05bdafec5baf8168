-- HR can disable a portal account without deleting it (the audit log keeps naming it): a disabled
-- account cannot sign in, and its open sessions end at their next request.

alter table accounts add column disabled boolean not null default false;
