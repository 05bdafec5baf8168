-- The rotation register (交流轮岗登记册): when HR publishes a run as the final plan, every row of it is kept
-- as a register entry with the plan version (run, dataset version) and who published it. A dataset version,
-- and a dataset's year (its plan start date), has at most one final plan. Both tables are append-only.
-- Plan rows may now also be returns at the end of a term (kind 'return', 期满返回; docs/register.md).

alter table plan_rows drop constraint plan_rows_kind_check;
alter table plan_rows add constraint plan_rows_kind_check
    check (kind in ('transfer', 'itinerant', 'principal', 'return'));

create table final_plans (
    id               bigint generated always as identity primary key,
    county           text not null,
    dataset_name     text not null,
    version_id       bigint not null unique references dataset_versions,
    run_id           bigint not null unique references plan_runs,
    plan_start_date  date not null,
    publication_id   bigint not null references publications,
    published_by     text not null,
    published_at     timestamptz not null default clock_timestamp(),
    foreign key (county, dataset_name) references datasets,
    unique (county, dataset_name, plan_start_date)
);

create table register_entries (
    id                bigint generated always as identity primary key,
    county            text not null,
    final_plan_id     bigint not null references final_plans,
    ordinal           integer not null,
    teacher_id        text not null,
    teacher_name      text not null,
    kind              text not null check (kind in ('transfer', 'itinerant', 'principal', 'return')),
    from_school_id    text not null,
    from_school_name  text not null,
    to_school_id      text not null,
    to_school_name    text not null,
    stage             text not null,
    subject           text,
    share             numeric(3, 1) not null,
    start_date        date not null,
    end_date          date not null,
    unique (final_plan_id, ordinal)
);

create index register_entries_teacher on register_entries (county, teacher_id);
create index register_entries_from on register_entries (county, from_school_id);
create index register_entries_to on register_entries (county, to_school_id);

create trigger final_plans_append_only before update or delete on final_plans
    for each row execute function forbid_change();
create trigger register_entries_append_only before update or delete on register_entries
    for each row execute function forbid_change();
