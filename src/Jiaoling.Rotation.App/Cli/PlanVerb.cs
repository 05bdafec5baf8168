using System.CommandLine;
using Jiaoling.Rotation.App.Planning;
using Jiaoling.Rotation.App.Service;
using Jiaoling.Rotation.Notices;

namespace Jiaoling.Rotation.App.Cli;

/// <summary>
/// <c>plan --data DIR --out DIR [--time-limit S] [--workers N] [--seed N] [--no-pdf] [--templates DIR]</c>:
/// validates the dataset, plans the year's rotation and writes plan.csv, metrics.json, notices and reports.
/// Exit 2 on invalid input, 3 when the rules conflict, 4 when no plan was found in time; nothing written then.
/// </summary>
public static class PlanVerb
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "数据目录（schools.csv、teachers.csv 等）", Required = true };
        var output = new Option<string>("--out") { Description = "输出目录", Required = true };
        var options = new PlanOptions();
        var command = new Command("plan", "编制交流轮岗方案：满足全部规则，补齐紧缺学科，均衡师资，并生成通知书和报告")
        {
            data, output,
        };
        options.AddTo(command);
        command.SetAction(async (r, ct) =>
        {
            var (stdout, stderr) = (r.InvocationConfiguration.Output, r.InvocationConfiguration.Error);
            var dataset = DatasetInput.Read(r.GetValue(data)!, stderr);
            if (dataset is null)
            {
                return ExitCodes.InvalidInput;
            }
            var pipeline = new PlanPipeline(options.Documents(r), stderr);
            return await PlanRunner.RunAsync(pipeline, dataset, r.GetValue(output)!, options.Settings(r), stdout, stderr, ct);
        });
        return command;
    }
}
