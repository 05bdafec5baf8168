namespace Jiaoling.Rotation.Data.Store;

/// <summary>A queued planning job and where it stands: status, attempts, the owning host and progress.</summary>
public sealed record PlanJob
{
    public required long Id { get; init; }
    public required string County { get; init; }
    public required string DatasetName { get; init; }
    public required long VersionId { get; init; }

    /// <summary><c>queued</c>, <c>running</c>, <c>finished</c>, <c>failed</c> or <c>cancelled</c>.</summary>
    public required string Status { get; init; }
    public required double TimeLimitSeconds { get; init; }
    public required int Workers { get; init; }
    public required int Seed { get; init; }
    public required string RequestedBy { get; init; }
    public required DateTimeOffset RequestedAt { get; init; }
    public required int Attempts { get; init; }
    public string? Host { get; init; }
    public DateTimeOffset? StartedAt { get; init; }
    public DateTimeOffset? FinishedAt { get; init; }
    public bool CancelRequested { get; init; }
    public JobProgress? Progress { get; init; }
    public long? RunId { get; init; }
    public int? ExitCode { get; init; }
    public string? Error { get; init; }

    /// <summary>The run this job re-plans after review: its plan is kept wherever the rules and the policy levels allow.</summary>
    public long? PreviousRunId { get; init; }

    /// <summary>Teachers whose rows in the previous run every reviewer approved: the re-plan keeps them exactly.</summary>
    public IReadOnlyList<string> ApprovedTeachers { get; init; } = [];
}
