using Jiaoling.Rotation.Data.Csv;
using Jiaoling.Rotation.Data.Import;
using Jiaoling.Rotation.Data.Store;
using Jiaoling.Rotation.Data.Store.Register;

namespace Jiaoling.Rotation.Planning.Rollover;

/// <summary>
/// Builds next year's dataset from the latest version of a dataset and its final plan (<see cref="NextYear"/>),
/// checks it by writing it as a dataset folder and reading that back exactly as <c>import</c> would, and stores
/// what was read as the next version of the new name. The plan is the dataset's final plan of its latest year,
/// applied to the version it was planned on. Refuses (<see cref="RegisterRefusalException"/>, nothing written) an unknown
/// dataset, a dataset without a final plan, and a start date not later than the last one.
/// </summary>
public sealed class DatasetRollover(DatasetLoader loader, RegisterReader register, RunReader runs, DatasetWriter writer)
{
    /// <summary>How the source folder of a version written by a rollover begins.</summary>
    public const string Source = "rollover:";

    public async Task<RolloverOutcome> RunAsync(RolloverRequest request, CancellationToken ct)
    {
        var (version, final, newer) = await FinalOfDatasetAsync(request, ct);
        var dataset = await loader.LoadAsync(version.Id, ct);
        var lastStart = dataset.Policy.PlanStartDate;
        if (request.PlanStart <= lastStart)
        {
            throw new RegisterRefusalException($"--plan-start {request.PlanStart:yyyy-MM-dd} 不晚于数据集“{request.Name}”第 {version.Version} 版的规划起始日期 " +
                                      $"{lastStart:yyyy-MM-dd}：下一年的规划起始日期必须晚于上一年（如 {lastStart.AddYears(1):yyyy-MM-dd}）。未写入任何内容。");
        }
        var next = NextYear.Build(dataset, await runs.PlanAsync(final.RunId, ct), request.PlanStart);
        // Without --out the folder is staged in the temp folder only to be read back, and never committed.
        var target = request.OutFolder ?? Path.Combine(Path.GetTempPath(), "jiaoling-rollover", Guid.NewGuid().ToString("N"));
        using var folder = OutputFolder.Stage(target, DatasetFiles.Names);
        DatasetFiles.Write(next.Dataset, folder.Path);
        var read = DatasetReader.Read(folder.Path);
        var outcome = new RolloverOutcome(next, read, null) { From = version, Final = final, Newer = newer };
        if (read.Dataset is not { } checkedDataset)
        {
            return outcome;
        }
        var stored = await writer.ImportAsync(new DatasetImport(request.County, request.NewName, checkedDataset, read.SourceFiles,
            request.Actor, $"{Source}{request.Name} v{version.Version} run {final.RunId}"), ct);
        if (request.OutFolder is not null)
        {
            folder.Commit();
        }
        return outcome with { Stored = stored };
    }

    /// <summary>
    /// The dataset's final plan of its latest year and the version it was planned on; and the dataset's latest
    /// version when that is newer (a re-import or re-plan after the final plan, which the plan's rows do not fit).
    /// </summary>
    private async Task<(DatasetVersion Version, FinalPlan Final, DatasetVersion? Newer)> FinalOfDatasetAsync(
        RolloverRequest request, CancellationToken ct)
    {
        var versions = await loader.VersionsAsync(request.County, request.Name, ct);
        if (versions.Count == 0)
        {
            throw new RegisterRefusalException($"县 {request.County} 没有名为“{request.Name}”的数据集：请核对 --dataset，或先用 import 导入。未写入任何内容。");
        }
        var final = (await register.FinalPlansAsync(request.County, ct)).LastOrDefault(f => f.DatasetName == request.Name)
            ?? throw new RegisterRefusalException($"数据集“{request.Name}”（共 {versions.Count} 个版本）还没有发布最终方案，无法据此生成下一年的数据：" +
                                         "请先在复核门户发布最终方案，或运行 publish --run 运行编号。未写入任何内容。");
        var version = versions.Single(v => v.Id == final.VersionId);
        return (version, final, versions[^1].Id == version.Id ? null : versions[^1]);
    }
}
