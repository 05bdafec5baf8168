using System.CommandLine;
using System.Text;
using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Notices;
using Jiaoling.Rotation.Planning;
using Jiaoling.Rotation.Planning.Comparing;

namespace Jiaoling.Rotation.App.Cli;

/// <summary>
/// <c>compare --data DIR --plan A.csv --plan B.csv [--out DIR]</c>: prints and writes (compare.html, in the
/// current folder unless --out names one) the rows plan B adds, removes and changes against plan A, and what
/// each plan achieves side by side. An invalid dataset or plan file exits 2 with every problem as
/// <c>FILE:LINE: message</c> and writes nothing.
/// </summary>
public static class CompareVerb
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "数据目录（schools.csv、teachers.csv 等）", Required = true };
        var plans = new Option<string[]>("--plan") { Description = "要比较的方案文件 plan.csv（给两次：方案 A、方案 B）", Required = true };
        var output = new Option<string?>("--out") { Description = "写出 compare.html 的目录（默认为当前目录）" };
        var templates = new Option<string?>("--templates") { Description = "模板目录（默认为程序自带的 templates/）" };
        var command = new Command("compare", "比较同一数据的两份方案：逐行差异，以及两份方案各自达到的效果") { data, plans, output, templates };
        command.Validators.Add(r =>
        {
            if (r.GetResult(plans) is { } given && given.Tokens.Count != 2)
            {
                r.AddError($"请给出两个 --plan（方案 A 和方案 B），收到 {given.Tokens.Count} 个。");
            }
        });
        command.SetAction(r => Run(r.GetValue(data)!, r.GetValue(plans)!, r.GetValue(output) ?? ".", r.GetValue(templates),
            r.InvocationConfiguration.Output, r.InvocationConfiguration.Error));
        return command;
    }

    public static int Run(string dataFolder, IReadOnlyList<string> plans, string outFolder, string? templates, TextWriter stdout, TextWriter stderr)
    {
        if (DatasetInput.Read(dataFolder, stderr) is not { } dataset)
        {
            return ExitCodes.InvalidInput;
        }
        var county = County.Create(dataset);
        var files = plans.Select(p => PlanFile.Read(p, county)).ToList();
        foreach (var problem in files.SelectMany(f => f.Warnings.Concat(f.Errors)))
        {
            stderr.WriteLine(problem);
        }
        if (files.Any(f => f.Plan is null))
        {
            stderr.WriteLine("方案文件有误，未作比较，未写出任何文件。");
            return ExitCodes.InvalidInput;
        }
        return DocumentWriting.Guard(outFolder, stderr, () =>
        {
            var template = PageTemplate.Load(templates, ComparePage.TemplateFile);
            var comparison = PlanComparison.Of(county, files[0].Path, files[0].Plan!, files[1].Path, files[1].Plan!);
            var html = new ComparePage("交流轮岗方案比较", Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(dataFolder))),
                DateTime.Today.ToString("yyyy年M月d日", System.Globalization.CultureInfo.InvariantCulture), comparison).Render(template);
            foreach (var line in CompareConsole.Lines(comparison))
            {
                stdout.WriteLine(line);
            }
            stdout.WriteLine($"比较结果已写入 {Write(outFolder, html)}");
            return ExitCodes.Ok;
        });
    }

    /// <summary>Writes compare.html through a temporary file, so a failed write leaves no half page.</summary>
    private static string Write(string outFolder, string html)
    {
        Directory.CreateDirectory(outFolder);
        var path = Path.GetFullPath(Path.Combine(outFolder, ComparePage.FileName));
        var temp = Path.Combine(Path.GetDirectoryName(path)!, $".{ComparePage.FileName}.{Guid.NewGuid():N}.tmp");
        File.WriteAllText(temp, html, new UTF8Encoding(false));
        File.Move(temp, path, overwrite: true);
        return path;
    }
}
