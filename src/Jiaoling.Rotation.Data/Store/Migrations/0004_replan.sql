-- A re-plan after review names the run whose plan it revises, so the worker can keep that plan's rows,
-- and the teachers whose rows in it every reviewer approved, which it keeps exactly.
alter table plan_jobs add column previous_run_id bigint references plan_runs;
alter table plan_jobs add column approved_teachers text[] not null default '{}';
