-- The review portal: account passwords and login throttling, principals' verdicts on plan rows, HR's
-- rulings on objections, and publication steps. Verdicts, rulings and publications are append-only;
-- a row's current verdict is its highest version, and (run, teacher, version) is unique, so two people
-- answering the same version of a row cannot both win (optimistic concurrency without UPDATE).

alter table accounts add column password_hash text;
alter table accounts add column failed_logins integer not null default 0;
alter table accounts add column locked_until timestamptz;

create table row_reviews (
    id          bigint generated always as identity primary key,
    county      text not null,
    run_id      bigint not null references plan_runs,
    teacher_id  text not null,
    school_id   text not null,
    version     integer not null check (version >= 1),
    verdict     text not null check (verdict in ('approve', 'object')),
    reason      text not null check (length(reason) between 1 and 2000),
    login       text not null,
    at          timestamptz not null default clock_timestamp(),
    unique (run_id, teacher_id, school_id, version)
);

create index row_reviews_school on row_reviews (county, run_id, school_id);

alter table review_decisions add column review_id bigint references row_reviews;

create table publications (
    id            bigint generated always as identity primary key,
    county        text not null,
    dataset_name  text not null,
    run_id        bigint not null references plan_runs,
    stage         text not null check (stage in ('provisional', 'final')),
    deadline      date,
    login         text not null,
    at            timestamptz not null default clock_timestamp(),
    foreign key (county, dataset_name) references datasets
);

create trigger row_reviews_append_only before update or delete on row_reviews
    for each row execute function forbid_change();
create trigger publications_append_only before update or delete on publications
    for each row execute function forbid_change();

-- ASP.NET Core data-protection keys (they sign session cookies and antiforgery tokens), shared by every
-- host on the database so that a session started on one host is valid on the others. Keys are only added.
create table data_protection_keys (
    id             bigint generated always as identity primary key,
    friendly_name  text,
    xml            text not null,
    created_at     timestamptz not null default now()
);

create trigger data_protection_keys_append_only before update or delete on data_protection_keys
    for each row execute function forbid_change();
