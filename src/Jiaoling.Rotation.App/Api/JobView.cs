using Jiaoling.Rotation.Data.Store;

namespace Jiaoling.Rotation.App.Api;

/// <summary>A job as GET /api/jobs/{id} shows it, with a Chinese status label for people.</summary>
public sealed record JobView(
    long Id,
    string County,
    string Dataset,
    long VersionId,
    string Status,
    string StatusLabel,
    double TimeLimitSeconds,
    int Workers,
    int Seed,
    int Attempts,
    string? Host,
    DateTimeOffset RequestedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    bool CancelRequested,
    JobProgress? Progress,
    long? RunId,
    int? ExitCode,
    string? Error)
{
    public static JobView Of(PlanJob j) => new(j.Id, j.County, j.DatasetName, j.VersionId, j.Status, Label(j.Status),
        j.TimeLimitSeconds, j.Workers, j.Seed, j.Attempts, j.Host, j.RequestedAt, j.StartedAt, j.FinishedAt,
        j.CancelRequested, j.Progress, j.RunId, j.ExitCode, j.Error);

    private static string Label(string status) => status switch
    {
        "queued" => "排队中",
        "running" => "求解中",
        "finished" => "已完成",
        "failed" => "失败",
        "cancelled" => "已取消",
        _ => status,
    };
}
