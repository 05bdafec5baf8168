using System.Diagnostics;
using Jiaoling.Rotation.Data.Store;
using Jiaoling.Rotation.Domain.Metrics;
using Jiaoling.Rotation.Planning;

namespace Jiaoling.Rotation.App.Cli;

/// <summary>
/// Follows the plan jobs of several counties until every one has ended, writing a Chinese line for a county
/// whenever its job changes: 排队, 规划中 (with the objective level being solved), 完成, 失败 or 已取消.
/// </summary>
public static class CountyJobs
{
    /// <summary>Waits for the jobs (polling every <paramref name="poll"/>) and returns them as they ended.</summary>
    public static async Task<IReadOnlyList<PlanJob>> WaitAsync(JobQueue queue, IReadOnlyList<PlanJob> jobs, TextWriter output,
        TimeSpan poll, CancellationToken ct)
    {
        var current = jobs.ToList();
        var shown = new string?[jobs.Count];
        while (true)
        {
            for (var i = 0; i < current.Count; i++)
            {
                current[i] = await queue.GetAsync(current[i].County, current[i].Id, ct) ?? current[i];
                var line = Line(current[i]);
                if (line != shown[i])
                {
                    await output.WriteLineAsync(line);
                    shown[i] = line;
                }
            }
            if (current.All(Ended))
            {
                return current;
            }
            await Task.Delay(poll, ct);
        }
    }

    /// <summary>Whether the job has ended, well or not.</summary>
    public static bool Ended(PlanJob job) => job.Status is "finished" or "failed" or "cancelled";

    /// <summary>Whether the job ended with a plan (finished with exit 0).</summary>
    public static bool Succeeded(PlanJob job) => job.Status == "finished" && job.ExitCode == ExitCodes.Ok;

    /// <summary>The county's line for the job's state; it changes only when the state or the level does.</summary>
    public static string Line(PlanJob job)
    {
        var who = $"{job.County}（数据集“{job.DatasetName}”，任务 {job.Id}）";
        return job.Status switch
        {
            "queued" => $"{who}：排队",
            "running" when job.Progress?.Level is { } level => $"{who}：规划中（{job.Host}，{ObjectiveLabels.Name(level)}）",
            "running" => $"{who}：规划中（{job.Host}）",
            "finished" when job.ExitCode == ExitCodes.Ok => $"{who}：完成（运行 {job.RunId}，用时 {Seconds(job)} 秒）",
            "finished" => $"{who}：失败（{NoPlan(job.ExitCode)}，运行 {job.RunId}）",
            "failed" => $"{who}：失败（{job.Error}）",
            "cancelled" => $"{who}：已取消",
            _ => $"{who}：{job.Status}",
        };
    }

    /// <summary>The closing line: how many counties finished and failed, and the wall time.</summary>
    public static string Summary(IReadOnlyList<PlanJob> jobs, Stopwatch wall)
    {
        var ok = jobs.Count(Succeeded);
        return $"共 {jobs.Count} 个县：完成 {ok} 个，失败 {jobs.Count - ok} 个；总用时 {wall.Elapsed.TotalSeconds:0} 秒。";
    }

    private static string Seconds(PlanJob job) =>
        job is { StartedAt: { } s, FinishedAt: { } f } ? $"{(f - s).TotalSeconds:0}" : "—";

    private static string NoPlan(int? exit) => exit switch
    {
        ExitCodes.Infeasible => "规则无法同时满足，没有方案",
        ExitCodes.NoPlanInTime => "时限内没有找到方案，请延长时限",
        ExitCodes.InvalidInput => "数据有误",
        _ => $"退出码 {exit}",
    };
}
