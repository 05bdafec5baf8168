using Npgsql;

namespace Jiaoling.Rotation.Data.Store.Register;

/// <summary>The run a final publication names, with its dataset version and year, and the checks it must pass.</summary>
internal sealed record RunToPublish(long RunId, long VersionId, string DatasetName, int DatasetVersion, DateOnly PlanStart)
{
    public static async Task<RunToPublish> FindAsync(NpgsqlConnection conn, NpgsqlTransaction tx, string county, long runId,
        CancellationToken ct)
    {
        await using var cmd = Sql.Command(conn, tx, """
            select r.id, r.version_id, v.dataset_name, v.version, (v.policy->>'plan_start_date')::date, r.exit_code
            from plan_runs r join dataset_versions v on v.id = r.version_id
            where r.county = @c and r.id = @r
            """, ("c", county), ("r", runId));
        await using var r = await cmd.ExecuteReaderAsync(ct);
        if (!await r.ReadAsync(ct))
        {
            throw new RegisterRefusalException($"县 {county} 没有编号为 {runId} 的规划运行：请核对运行编号（plan --dataset 运行结束时会打印）。");
        }
        var run = new RunToPublish(r.GetInt64(0), r.GetInt64(1), r.GetString(2), r.GetInt32(3), r.GetFieldValue<DateOnly>(4));
        var exit = r.GetInt32(5);
        return exit == 0
            ? run
            : throw new RegisterRefusalException($"运行 {runId} 以退出码 {exit} 结束，没有写出方案，不能发布为最终方案：请发布一次成功（退出码 0）的运行。");
    }

    public static string AlreadyFinal(RunToPublish run, FinalPlan earlier)
    {
        var by = $"于 {earlier.PublishedAt.ToLocalTime():yyyy-MM-dd HH:mm} 由 {earlier.PublishedBy} 发布最终方案（运行 {earlier.RunId}）";
        return earlier.VersionId == run.VersionId
            ? $"数据集“{run.DatasetName}”第 {run.DatasetVersion} 版已{by}：同一数据集版本只能发布一次最终方案，运行 {run.RunId} 未发布。"
            : $"数据集“{run.DatasetName}”规划起始日期 {run.PlanStart:yyyy-MM-dd} 的年度方案已在第 {earlier.DatasetVersion} 版{by}：" +
              $"同一年度只能发布一次最终方案，运行 {run.RunId} 未发布。";
    }

    /// <summary>
    /// Refuses a plan that sends a teacher (any row but a return) while a registered transfer of the teacher is
    /// still running at the plan's start: one teacher is never in two rotations at once. Names every such teacher.
    /// </summary>
    public static async Task EnsureNoneOnRotationAsync(NpgsqlConnection conn, NpgsqlTransaction tx, string county,
        RunToPublish run, CancellationToken ct)
    {
        await using var cmd = Sql.Command(conn, tx, """
            select distinct p.teacher_id, p.teacher_name, e.to_school_id, e.start_date, e.end_date, f.run_id
            from plan_rows p
            join register_entries e on e.county = @c and e.teacher_id = p.teacher_id and e.kind = 'transfer'
            join final_plans f on f.id = e.final_plan_id
            where p.run_id = @r and p.kind <> 'return' and e.start_date < @d and e.end_date > @d
            order by p.teacher_id
            """, ("c", county), ("r", run.RunId), ("d", run.PlanStart));
        await using var r = await cmd.ExecuteReaderAsync(ct);
        var busy = new List<string>();
        while (await r.ReadAsync(ct))
        {
            busy.Add($"{r.GetString(0)}（{r.GetString(1)}）正在学校 {r.GetString(2)} 交流（{r.GetFieldValue<DateOnly>(3):yyyy-MM-dd} 至 " +
                     $"{r.GetFieldValue<DateOnly>(4):yyyy-MM-dd}，最终方案运行 {r.GetInt64(5)}）");
        }
        if (busy.Count > 0)
        {
            throw new RegisterRefusalException($"运行 {run.RunId} 未发布：方案安排了 {busy.Count} 名仍在交流期内的教师，一名教师不能同时参加两次交流。" +
                                      "请在数据中填写这些教师的上次交流结束日期（或用 rollover 生成下一年的数据）后重新规划：\n" +
                                      string.Join('\n', busy));
        }
    }
}
