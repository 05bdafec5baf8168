using Jiaoling.Rotation.Data.Store;

namespace Jiaoling.Rotation.Planning;

/// <summary>Turns a planning run's result and output folder into the record the store keeps.</summary>
public static class RunRecords
{
    public static PlanRunRecord From(string county, long versionId, PlanSettings settings, PlanRunResult result,
        string outFolder, DateTimeOffset startedAt, DateTimeOffset finishedAt, string actor) => new()
    {
        County = county,
        VersionId = versionId,
        ExitCode = result.ExitCode,
        Status = result.Status,
        SolverSeconds = result.SolverSeconds,
        Gap = result.Gap,
        LevelsJson = result.LevelsJson,
        MetricsJson = result.MetricsJson,
        Message = result.Message,
        TimeLimitSeconds = settings.TimeLimit.TotalSeconds,
        Workers = settings.Workers,
        Seed = settings.Seed,
        StartedAt = startedAt,
        FinishedAt = finishedAt,
        CreatedBy = actor,
        Plan = result.Plan,
        Files = result.ExitCode == 0 ? RunFile.ReadFolder(outFolder) : [],
    };
}
