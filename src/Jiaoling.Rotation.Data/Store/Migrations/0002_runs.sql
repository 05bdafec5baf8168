-- Plan jobs (the work queue), plan runs with their rows and output files, review decisions and the
-- audit log. Jobs are the only mutable rows: every change of a job's state is also appended to
-- audit_log, and a run is written once, complete, when its job finishes.

create table plan_jobs (
    id                  bigint generated always as identity primary key,
    county              text not null,
    dataset_name        text not null,
    version_id          bigint not null references dataset_versions,
    status              text not null default 'queued'
                        check (status in ('queued', 'running', 'finished', 'failed', 'cancelled')),
    time_limit_seconds  double precision not null check (time_limit_seconds > 0),
    workers             integer not null check (workers >= 1),
    seed                integer not null,
    requested_by        text not null,
    requested_at        timestamptz not null default now(),
    attempts            integer not null default 0,
    host                text,
    started_at          timestamptz,
    finished_at         timestamptz,
    cancel_requested    boolean not null default false,
    progress_level      text,
    progress_objective  double precision,
    progress_bound      double precision,
    progress_elapsed    double precision,
    progress_at         timestamptz,
    run_id              bigint,
    exit_code           integer,
    error               text,
    foreign key (county, dataset_name) references datasets
);

create index plan_jobs_queued on plan_jobs (id) where status = 'queued';
create index plan_jobs_running on plan_jobs (id) where status = 'running';

create table plan_runs (
    id                  bigint generated always as identity primary key,
    county              text not null,
    version_id          bigint not null references dataset_versions,
    job_id              bigint references plan_jobs,
    exit_code           integer not null,
    status              text not null,
    solver_seconds      double precision,
    gap                 double precision,
    levels              jsonb not null,
    metrics             jsonb,
    message             text,
    time_limit_seconds  double precision not null,
    workers             integer not null,
    seed                integer not null,
    started_at          timestamptz not null,
    finished_at         timestamptz not null,
    created_by          text not null,
    unique (job_id)
);

alter table plan_jobs add foreign key (run_id) references plan_runs;

create table plan_rows (
    run_id          bigint not null references plan_runs,
    ordinal         integer not null,
    teacher_id      text not null,
    teacher_name    text not null,
    kind            text not null check (kind in ('transfer', 'itinerant', 'principal')),
    from_school_id  text not null,
    to_school_id    text not null,
    stage           text not null,
    subject         text,
    share           numeric(3, 1) not null,
    start_date      date not null,
    end_date        date not null,
    reason          text not null,
    primary key (run_id, ordinal)
);

create table run_files (
    run_id   bigint not null references plan_runs,
    name     text not null,
    sha256   text not null,
    content  bytea not null,
    primary key (run_id, name)
);

create table review_decisions (
    id            bigint generated always as identity primary key,
    county        text not null,
    dataset_name  text not null,
    run_id        bigint references plan_runs,
    teacher_id    text not null,
    decision      text not null check (decision in ('require', 'forbid', 'stay', 'withdraw')),
    school_id     text,
    decided_by    text not null,
    decided_at    timestamptz not null default now(),
    note          text,
    foreign key (county, dataset_name) references datasets
);

create table audit_log (
    id       bigint generated always as identity primary key,
    county   text not null,
    at       timestamptz not null default clock_timestamp(),
    actor    text not null,
    action   text not null,
    subject  text not null,
    details  jsonb not null default '{}'
);

create index audit_log_subject on audit_log (county, subject, id);

create trigger plan_runs_append_only before update or delete on plan_runs
    for each row execute function forbid_change();
create trigger plan_rows_append_only before update or delete on plan_rows
    for each row execute function forbid_change();
create trigger run_files_append_only before update or delete on run_files
    for each row execute function forbid_change();
create trigger review_decisions_append_only before update or delete on review_decisions
    for each row execute function forbid_change();
create trigger audit_log_append_only before update or delete on audit_log
    for each row execute function forbid_change();
