using System.CommandLine;
using Jiaoling.Rotation.Data.Store.Register;
using Jiaoling.Rotation.Planning;

namespace Jiaoling.Rotation.App.Cli;

/// <summary>
/// <c>publish --run RUN_ID [--county C]</c>: publishes a stored run as the final plan, as the portal's last step
/// does, and enters its rows in the rotation register. A run without a plan, or a dataset version or year that
/// already has a final plan, is refused with exit 2 and nothing written.
/// </summary>
public static class PublishVerb
{
    public static Command Create()
    {
        var run = new Option<long>("--run") { Description = "要发布的运行编号（plan --dataset 结束时打印）", Required = true };
        var county = new Option<string?>("--county") { Description = "县代码（默认取 Store:County）" };
        var command = new Command("publish", "把一次规划运行发布为最终方案，并将每条安排记入交流轮岗登记册") { run, county };
        command.SetAction((parse, ct) => StoreCommand.RunAsync(async (services, options, token) =>
        {
            var (stdout, stderr) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            try
            {
                var final = await services.GetRequiredService<RegisterWriter>()
                    .PublishFinalAsync(parse.GetValue(county) ?? options.County, parse.GetValue(run), Environment.UserName, token);
                await stdout.WriteLineAsync($"运行 {final.RunId} 已发布为最终方案：数据集“{final.DatasetName}”第 {final.DatasetVersion} 版" +
                                            $"（规划起始日期 {final.PlanStartDate:yyyy-MM-dd}），登记册新增 {final.Entries} 条记录。");
                return ExitCodes.Ok;
            }
            catch (RegisterRefusalException refusal)
            {
                await stderr.WriteLineAsync(refusal.Message);
                return ExitCodes.InvalidInput;
            }
        }, ct));
        return command;
    }
}
