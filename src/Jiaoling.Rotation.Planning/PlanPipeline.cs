using System.Diagnostics;
using System.Text;
using Jiaoling.Rotation.Data.Csv;
using Jiaoling.Rotation.Data.Output;
using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Notices;
using Jiaoling.Rotation.Planning.Terminal;
using Jiaoling.Rotation.Solver;
using Jiaoling.Rotation.Solver.Checking;

namespace Jiaoling.Rotation.Planning;

/// <summary>
/// The planning run behind <c>plan --data</c>, <c>plan --dataset</c> and the service's jobs: solve the
/// county, re-check the plan against every rule, and write plan.csv, metrics.json, the derived demand,
/// the notices and reports into the output folder all at once — or nothing when there is no plan.
/// </summary>
public sealed class PlanPipeline(DocumentOptions documents, TextWriter log) : IPlanExecutor
{
    public const string PlanFile = "plan.csv";
    public const string MetricsFile = "metrics.json";
    public const string DemandFile = DemandCsv.FileName;

    public async Task<PlanRunResult> RunAsync(Dataset dataset, string outFolder, PlanSettings settings,
        IProgress<PlanProgress> progress, CancellationToken ct)
    {
        var templates = PlanDocuments.LoadTemplates(documents);
        var county = County.Create(dataset);
        var clock = Stopwatch.StartNew();
        var options = new SolverOptions { TimeLimit = settings.TimeLimit, Workers = settings.Workers, Seed = settings.Seed };
        var steps = new StepTracker(county, settings.Revision?.Previous, settings.TimeLimit, progress);
        var outcome = await Task.Run(() => settings.Revision is { } revision
            ? Planner.Replan(county, revision, options, steps, ct)
            : Planner.Solve(county, options, steps, ct), ct);
        ct.ThrowIfCancellationRequested();
        if (!outcome.HasPlan)
        {
            return NoPlan(outcome);
        }
        foreach (var line in outcome.Explanation)
        {
            await log.WriteLineAsync("注意：" + line);
        }
        var violations = PlanChecker.Check(county, outcome.Plan);
        if (violations.Count > 0)
        {
            return new PlanRunResult
            {
                ExitCode = ExitCodes.Failure,
                Status = "invalid",
                Message = "求解结果未通过规则复核（程序缺陷，请报告）：\n" + string.Join('\n', violations),
            };
        }
        var solver = SolverSummaries.From(outcome, clock.Elapsed.TotalSeconds);
        var input = RenderInput.Measure(county, outcome.Plan, solver) with { Vacancies = VacancyReasons.Explain(county, outcome.Plan) };
        var metrics = MetricsJson.ToJson(solver, input.Before, input.After);
        var activity = steps.Activity(() => clock.Elapsed);
        activity.Report("正在写出方案、指标和文书");
        var written = await WriteAsync(county, input, metrics, templates, outFolder, documents with { Progress = activity }, ct);
        if (written.PdfMessage is { } note)
        {
            await log.WriteLineAsync(note);
        }
        return new PlanRunResult
        {
            ExitCode = ExitCodes.Ok,
            Status = solver.Status,
            Plan = outcome.Plan,
            SolverSeconds = solver.Seconds,
            Gap = solver.Gap,
            LevelsJson = System.Text.Json.JsonSerializer.Serialize(solver.Levels),
            MetricsJson = metrics,
            Summary = RunSummary.Lines(input),
        };
    }

    private static async Task<DocumentResult> WriteAsync(County county, RenderInput input, string metrics,
        DocumentTemplates templates, string outFolder, DocumentOptions documentOptions, CancellationToken ct)
    {
        using var folder = OutputFolder.Stage(outFolder, PlanFile, MetricsFile, DemandFile,
            PlanDocuments.NoticesPdf, PlanDocuments.ReportPdf, PlanDocuments.PublicListPdf);
        await using (var writer = new StreamWriter(Path.Combine(folder.Path, PlanFile), false, new UTF8Encoding(false)))
        {
            PlanCsv.Write(input.Plan, writer);
        }
        await File.WriteAllTextAsync(Path.Combine(folder.Path, MetricsFile), metrics, ct);
        DemandCsv.WriteIfDerived(county, folder.Path);
        var documentsWritten = await PlanDocuments.WriteAllAsync(templates, input, folder.Path, documentOptions, ct);
        folder.Commit();
        return documentsWritten;
    }

    private static PlanRunResult NoPlan(PlanOutcome outcome)
    {
        var infeasible = outcome.Status == PlanStatus.Infeasible;
        var header = infeasible
            ? "规则无法同时满足，未写出方案。冲突的规则："
            : "在时限内未找到方案，未写出任何文件。";
        return new PlanRunResult
        {
            ExitCode = infeasible ? ExitCodes.Infeasible : ExitCodes.NoPlanInTime,
            Status = infeasible ? "infeasible" : "unknown",
            Message = header + "\n" + string.Join('\n', outcome.Explanation),
        };
    }
}
