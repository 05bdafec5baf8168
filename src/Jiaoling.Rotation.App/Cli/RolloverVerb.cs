using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Jiaoling.Rotation.Data.Store.Register;
using Jiaoling.Rotation.Planning;
using Jiaoling.Rotation.Planning.Rollover;

namespace Jiaoling.Rotation.App.Cli;

/// <summary>
/// <c>rollover --dataset NAME --name NEW --plan-start DATE [--out DIR] [--county C]</c>: builds next year's dataset
/// from NAME's final plan and stores it as the next version of NEW (docs/register.md); with --out also writes it as
/// a dataset folder. A dataset without a final plan, or a date not later than the last plan start, exits 2 with
/// nothing written.
/// </summary>
public static class RolloverVerb
{
    private static readonly string[] DateFormats = ["yyyy-M-d", "yyyy/M/d"];

    public static Command Create()
    {
        var dataset = new Option<string>("--dataset") { Description = "已发布最终方案的数据集名称（如 2027）", Required = true };
        var name = new Option<string>("--name") { Description = "下一年数据集的名称（如 2028）", Required = true };
        var start = new Option<DateOnly>("--plan-start")
        {
            Description = "下一年的规划起始日期（YYYY-MM-DD，须晚于上一年）", Required = true, CustomParser = ParseDate,
        };
        var output = new Option<string?>("--out") { Description = "同时把下一年的数据写成数据集文件夹，便于人事股用 Excel 核对" };
        var county = new Option<string?>("--county") { Description = "县代码（默认取 Store:County）" };
        var command = new Command("rollover", "依据数据集的最终方案生成下一年的数据集（交流教师到交流学校任教、人事关系保留在原校）")
        {
            dataset, name, start, output, county,
        };
        command.SetAction((parse, ct) => StoreCommand.RunAsync(async (services, options, token) =>
        {
            var (stdout, stderr) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            var request = new RolloverRequest(parse.GetValue(county) ?? options.County, parse.GetValue(dataset)!, parse.GetValue(name)!,
                parse.GetValue(start), parse.GetValue(output), Environment.UserName);
            RolloverOutcome outcome;
            try
            {
                outcome = await services.GetRequiredService<DatasetRollover>().RunAsync(request, token);
            }
            catch (RegisterRefusalException refusal)
            {
                await stderr.WriteLineAsync(refusal.Message);
                return ExitCodes.InvalidInput;
            }
            DatasetInput.Report(outcome.Read, stderr);
            if (outcome.Stored is not { } stored)
            {
                await stderr.WriteLineAsync("生成的下一年数据未通过检查（见上），未写入任何内容。");
                return ExitCodes.InvalidInput;
            }
            await RolloverReport.WriteAsync(outcome, request, stdout, stderr);
            return ExitCodes.Ok;
        }, ct));
        return command;
    }

    private static DateOnly ParseDate(ArgumentResult r)
    {
        var text = r.Tokens.Count == 1 ? r.Tokens[0].Value : "";
        if (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        r.AddError($"--plan-start 应为 YYYY-MM-DD 格式的日期（如 2028-09-01），收到“{text}”。");
        return default;
    }
}
