using Jiaoling.Rotation.Planning.Rollover;

namespace Jiaoling.Rotation.App.Cli;

/// <summary>What <c>rollover</c> tells the user after storing next year's dataset.</summary>
internal static class RolloverReport
{
    public static async Task WriteAsync(RolloverOutcome outcome, RolloverRequest request, TextWriter stdout, TextWriter stderr)
    {
        var (next, stored, from, final) = (outcome.Next, outcome.Stored!, outcome.From!, outcome.Final!);
        await stdout.WriteLineAsync(
            $"已生成数据集“{stored.Name}”第 {stored.Version} 版（县 {stored.County}，规划起始日期 {request.PlanStart:yyyy-MM-dd}），" +
            $"依据数据集“{from.Name}”第 {from.Version} 版的最终方案（运行 {final.RunId}）：");
        await stdout.WriteLineAsync(
            $"  交流教师 {next.Transferred} 人到交流学校任教（人事关系保留在原校），校长交流 {next.PrincipalsMoved} 人，期满返回 {next.Returned} 人，" +
            $"走教 {next.ItinerantEnded} 人的份额随学年结束，期满留任（人事关系转入交流学校）{next.PostsMoved} 人；" +
            $"学校 {next.Dataset.Schools.Count} 所，教师 {next.Dataset.Teachers.Count} 人。");
        if (request.OutFolder is { } folder)
        {
            await stdout.WriteLineAsync($"  数据集文件夹已写入 {Path.GetFullPath(folder)}");
        }
        if (outcome.Newer is { } newer)
        {
            await stderr.WriteLineAsync(
                $"注意：数据集“{newer.Name}”第 {newer.Version} 版晚于最终方案所依据的第 {from.Version} 版，其改动没有带入下一年的数据；" +
                "如需带入，请在下一年的数据中补上后重新导入。");
        }
    }
}
