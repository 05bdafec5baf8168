-- A re-plan after review names the run whose plan it revises, so the worker can keep that plan's rows.
alter table plan_jobs add column previous_run_id bigint references plan_runs;
