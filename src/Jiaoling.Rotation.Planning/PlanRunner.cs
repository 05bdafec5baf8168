using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Notices;

namespace Jiaoling.Rotation.Planning;

/// <summary>
/// Runs a planning pipeline for the command line: progress on stderr, the outcome as a Chinese line on
/// stdout, the explanation on stderr when there is no plan, and the contract's exit code.
/// </summary>
public static class PlanRunner
{
    public static async Task<int> RunAsync(IPlanExecutor pipeline, Dataset dataset, string outFolder, PlanSettings settings,
        TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        var progress = new Progress<PlanProgress>(p => stderr.WriteLine(
            $"[{p.Elapsed.TotalSeconds,6:0.0}s] {p.Level}: 目标值 {p.Objective:0.##}，下界 {p.Bound:0.##}"));
        PlanRunResult result;
        try
        {
            result = await pipeline.RunAsync(dataset, outFolder, settings, progress, ct);
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
        await stdout.WriteLineAsync(
            $"方案已写入 {Path.GetFullPath(outFolder)}：共 {result.Plan.Assignments.Count} 条调动，求解状态 {result.Status}，" +
            $"用时 {result.SolverSeconds:0.0} 秒，最大间隙 {result.Gap:P1}。");
        return ExitCodes.Ok;
    }
}
