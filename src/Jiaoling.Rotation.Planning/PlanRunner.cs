using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Notices;
using Jiaoling.Rotation.Planning.Terminal;

namespace Jiaoling.Rotation.Planning;

/// <summary>
/// Runs a planning pipeline for the command line: progress on stderr in Chinese steps (a live line on a
/// terminal, plain lines elsewhere, see <see cref="ProgressConsole"/>), the outcome and its summary in words
/// on stdout, the explanation on stderr when there is no plan, and the contract's exit code.
/// </summary>
public static class PlanRunner
{
    public static async Task<int> RunAsync(IPlanExecutor pipeline, Dataset dataset, string outFolder, PlanSettings settings,
        TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        PlanRunResult result;
        try
        {
            // Disposed before a catch below prints, so an error starts on a clean line.
            using var console = ProgressConsole.For(stderr);
            result = await pipeline.RunAsync(dataset, outFolder, settings, console, ct);
        }
        catch (TemplateException e)
        {
            foreach (var problem in e.Problems)
            {
                await stderr.WriteLineAsync(problem);
            }
            return ExitCodes.Failure;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await stderr.WriteLineAsync($"无法写入输出目录 {outFolder}：{e.Message}");
            return ExitCodes.Failure;
        }
        if (result.ExitCode != ExitCodes.Ok)
        {
            await stderr.WriteLineAsync(result.Message);
            return result.ExitCode;
        }
        await stdout.WriteLineAsync($"方案已写入 {Path.GetFullPath(outFolder)}：{Rows(result.Plan)}，用时 {result.SolverSeconds:0} 秒。");
        foreach (var line in result.Summary)
        {
            await stdout.WriteLineAsync(line);
        }
        return ExitCodes.Ok;
    }

    private static string Rows(Plan plan)
    {
        var kinds = Codes.Kind.Values.Select(k => $"{Codes.Kind.Label(k)} {plan.Assignments.Count(a => a.Kind == k)} 条");
        return $"共 {plan.Assignments.Count} 条安排（{string.Join("、", kinds)}）";
    }
}
