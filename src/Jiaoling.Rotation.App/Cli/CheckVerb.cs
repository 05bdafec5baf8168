using System.CommandLine;
using Jiaoling.Rotation.Data.Csv;
using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Planning;
using Jiaoling.Rotation.Solver.Checking;

namespace Jiaoling.Rotation.App.Cli;

/// <summary>
/// <c>check --data DIR --plan FILE</c>: re-checks any plan.csv against every rule of the contract without
/// the solver. Exit 0 when it holds; 1 with every violation on stdout as <c>RULE_ID: sentence</c>;
/// 2 when the dataset is invalid (every problem on stderr as <c>FILE:LINE: message</c>).
/// </summary>
public static class CheckVerb
{
    public static Command Create()
    {
        var data = new Option<DirectoryInfo>("--data") { Required = true, Description = "数据集文件夹" };
        var plan = new Option<FileInfo>("--plan") { Required = true, Description = "要复核的方案文件 plan.csv" };
        var command = new Command("check", "按全部规则复核一份交流轮岗方案（plan.csv），不调用求解器") { data, plan };
        command.SetAction(r => Run(r.GetValue(data)!.FullName, r.GetValue(plan)!.FullName,
            r.InvocationConfiguration.Output, r.InvocationConfiguration.Error));
        return command;
    }

    public static int Run(string dataFolder, string planPath, TextWriter stdout, TextWriter stderr)
    {
        if (DatasetInput.Read(dataFolder, stderr) is not { } dataset)
        {
            return ExitCodes.InvalidInput;
        }
        var county = County.Create(dataset);
        var read = PlanCsv.Read(planPath);
        foreach (var warning in read.Problems.Where(p => p.IsWarning))
        {
            stderr.WriteLine(warning);
        }
        var readProblems = read.Problems.Where(p => !p.IsWarning).Select(p => p.ToString()).ToList();
        var violations = read.Plan is { } plan
            ? PlanChecker.Check(county, plan, readProblems)
            : readProblems.Select(p => new Violation(Solver.Rules.RuleIds.PlanFormat, p)).ToList();
        foreach (var violation in violations)
        {
            stdout.WriteLine(violation);
        }
        if (violations.Count > 0)
        {
            stderr.WriteLine($"方案违反规则 {violations.Count} 处，涉及 {violations.Select(v => v.RuleId).Distinct().Count()} 条规则。");
            return ExitCodes.Failure;
        }
        stdout.WriteLine($"方案共 {read.Plan!.Assignments.Count} 条记录，符合全部 {PlanChecker.Rules.Count} 条规则。");
        return ExitCodes.Ok;
    }
}
