using Jiaoling.Rotation.Data.Store.Review;
using Npgsql;

namespace Jiaoling.Rotation.Data.Store.Register;

/// <summary>
/// Publishes a run as the final plan, in one transaction: the publication step, the final-plan record and a
/// register entry per plan row, with the audit entry. The portal's last step and the <c>publish</c> verb both
/// come here. Refuses (<see cref="RegisterRefusalException"/>, nothing written) a run without a plan, a dataset version
/// or year that already has a final plan, and a plan that sends a teacher still on a registered transfer.
/// </summary>
public sealed class RegisterWriter(NpgsqlDataSource dataSource)
{
    public async Task<FinalPlan> PublishFinalAsync(string county, long runId, string login, CancellationToken ct)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var run = await RunToPublish.FindAsync(conn, tx, county, runId, ct);
        // Publications of one dataset queue here, so two at once cannot both find no final plan.
        await Sql.ExecuteAsync(conn, tx, "select 1 from datasets where county = @c and name = @n for update", ct,
            ("c", county), ("n", run.DatasetName));
        if (await RegisterQueries.FinalOfYearAsync(conn, tx, county, run.DatasetName, run.VersionId, run.PlanStart, ct) is { } earlier)
        {
            throw new RegisterRefusalException(RunToPublish.AlreadyFinal(run, earlier));
        }
        await RunToPublish.EnsureNoneOnRotationAsync(conn, tx, county, run, ct);
        var publication = await RulingStore.InsertPublicationAsync(conn, tx, county, run.DatasetName, runId, "final", null, login,
            new { version_id = run.VersionId, plan_start_date = run.PlanStart }, ct);
        var finalId = await Sql.ScalarAsync<long>(conn, tx, """
            insert into final_plans (county, dataset_name, version_id, run_id, plan_start_date, publication_id, published_by)
            values (@c, @n, @v, @r, @d, @p, @l) returning id
            """, ct, ("c", county), ("n", run.DatasetName), ("v", run.VersionId), ("r", runId), ("d", run.PlanStart),
            ("p", publication.Id), ("l", login));
        var entries = await Sql.ExecuteAsync(conn, tx, """
            insert into register_entries (county, final_plan_id, ordinal, teacher_id, teacher_name, kind, from_school_id,
                from_school_name, to_school_id, to_school_name, stage, subject, share, start_date, end_date)
            select @c, @f, p.ordinal, p.teacher_id, p.teacher_name, p.kind, p.from_school_id, coalesce(fs.name, p.from_school_id),
                   p.to_school_id, coalesce(ts.name, p.to_school_id), p.stage, p.subject, p.share, p.start_date, p.end_date
            from plan_rows p
            left join schools fs on fs.version_id = @v and fs.school_id = p.from_school_id
            left join schools ts on ts.version_id = @v and ts.school_id = p.to_school_id
            where p.run_id = @r order by p.ordinal
            """, ct, ("c", county), ("f", finalId), ("v", run.VersionId), ("r", runId));
        await AuditLog.AppendAsync(conn, tx, county, login, "register.entered", $"run:{runId}",
            new { final_plan_id = finalId, version_id = run.VersionId, entries }, ct);
        await tx.CommitAsync(ct);
        return (await new RegisterReader(dataSource).FinalPlanAsync(county, run.VersionId, ct))!;
    }
}
