using System.CommandLine;
using Jiaoling.Rotation.Data.Csv;
using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Planning;
using Jiaoling.Rotation.Solver;

namespace Jiaoling.Rotation.App.Cli;

/// <summary>
/// <c>plan (--data DIR | --dataset NAME [--county C]) --out DIR [--time-limit S] [--workers N] [--seed N] [--no-pdf]
/// [--templates DIR] [--previous PLAN.csv]</c>: validates the dataset (or takes the latest stored version of NAME), plans the
/// year's rotation and writes plan.csv, metrics.json, notices and reports; with --dataset the run is also stored.
/// With --previous it re-plans, changing that plan's rows as little as the rules and the policy levels allow.
/// Exit 2 on invalid input, 3 when the rules conflict, 4 when no plan was found in time; nothing written then.
/// </summary>
public static class PlanVerb
{
    public static Command Create()
    {
        var data = new Option<string?>("--data") { Description = "数据目录（schools.csv、teachers.csv 等）" };
        var stored = new Option<string?>("--dataset") { Description = "数据库中的数据集名称（规划其最新版本并保存运行记录）" };
        var county = new Option<string?>("--county") { Description = "县代码（与 --dataset 一起用，默认取 Store:County）" };
        var output = new Option<string>("--out") { Description = "输出目录", Required = true };
        var previous = new Option<FileInfo?>("--previous") { Description = "上一版方案 plan.csv：重新规划时尽量保持其中的安排" };
        var options = new PlanOptions();
        var command = new Command("plan", "编制交流轮岗方案：满足全部规则，补齐紧缺学科，均衡师资，并生成通知书和报告")
        {
            data, stored, county, output, previous,
        };
        options.AddTo(command);
        command.Validators.Add(r =>
        {
            // GetResult, not GetValue: a value that failed to parse would throw here instead of being reported.
            if ((r.GetResult(data) is null) == (r.GetResult(stored) is null))
            {
                r.AddError("请给出 --data（数据目录）或 --dataset（数据库中的数据集）中的一个。");
            }
        });
        command.SetAction(async (r, ct) =>
        {
            var (stdout, stderr) = (r.InvocationConfiguration.Output, r.InvocationConfiguration.Error);
            var (outFolder, settings) = (r.GetValue(output)!, options.Settings(r));
            if (r.GetValue(previous) is { } file)
            {
                if (ReadPrevious(file.FullName, stderr) is not { } plan)
                {
                    return ExitCodes.InvalidInput;
                }
                settings = settings with { Revision = Revision.Of(plan) };
            }
            var pipeline = new PlanPipeline(options.Documents(r), stderr);
            if (r.GetValue(stored) is { } name)
            {
                return await DatasetPlanCommand.RunAsync(r.GetValue(county), name, pipeline,
                    (executor, dataset, token) => PlanRunner.RunAsync(executor, dataset, outFolder, settings, stdout, stderr, token),
                    stderr, ct);
            }
            var dataset = DatasetInput.Read(r.GetValue(data)!, stderr);
            if (dataset is null)
            {
                return ExitCodes.InvalidInput;
            }
            return await PlanRunner.RunAsync(pipeline, dataset, outFolder, settings, stdout, stderr, ct);
        });
        return command;
    }

    /// <summary>The previous plan, or null after printing each problem of the file (a warning alone does not stop).</summary>
    private static Plan? ReadPrevious(string path, TextWriter stderr)
    {
        var read = PlanCsv.Read(path);
        foreach (var problem in read.Problems)
        {
            stderr.WriteLine(problem);
        }
        return read.Problems.Any(p => !p.IsWarning) ? null : read.Plan;
    }
}
