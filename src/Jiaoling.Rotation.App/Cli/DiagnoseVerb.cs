using System.CommandLine;
using System.Text;
using Jiaoling.Rotation.Data.Csv;
using Jiaoling.Rotation.Data.Output;
using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Domain.Metrics;
using Jiaoling.Rotation.Notices;
using Jiaoling.Rotation.Planning;
using Jiaoling.Rotation.Planning.Diagnosing;

namespace Jiaoling.Rotation.App.Cli;

/// <summary>
/// <c>diagnose --data DIR --out DIR [--templates DIR]</c>: validates a dataset and writes diagnosis.json, the same
/// diagnosis for HR to open and print (diagnosis.html, diagnosis.xlsx), and demand.csv when demand was derived,
/// with a Chinese summary on stdout. Every problem goes to stderr as <c>FILE:LINE: message</c>; invalid input
/// exits 2 and writes nothing.
/// </summary>
public static class DiagnoseVerb
{
    public const string DiagnosisFile = "diagnosis.json";
    public const string DemandFile = DemandCsv.FileName;

    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "数据目录（schools.csv、teachers.csv 等）", Required = true };
        var output = new Option<string>("--out") { Description = "输出目录", Required = true };
        var templates = new Option<string?>("--templates") { Description = "模板目录（默认为程序自带的 templates/）" };
        var command = new Command("diagnose", "校验数据并诊断交流轮岗现状：符合条件人数、紧缺学科缺口、差异系数") { data, output, templates };
        command.SetAction((ParseResult r, CancellationToken ct) =>
            Task.FromResult(Run(r.GetValue(data)!, r.GetValue(output)!, Console.Out, Console.Error, r.GetValue(templates))));
        return command;
    }

    public static int Run(string dataFolder, string outFolder, TextWriter stdout, TextWriter stderr, string? templates = null)
    {
        if (DatasetInput.Read(dataFolder, stderr) is not { } dataset)
        {
            return ExitCodes.InvalidInput;
        }
        var county = County.Create(dataset);
        var diagnosis = Diagnosis.Of(county);
        var written = DocumentWriting.Guard(outFolder, stderr, () =>
        {
            Write(county, diagnosis, outFolder, PageTemplate.Load(templates, DiagnosisPage.TemplateFile));
            return ExitCodes.Ok;
        });
        if (written != ExitCodes.Ok)
        {
            return written;
        }
        stdout.Write(DiagnosisSummary.Text(diagnosis));
        var folder = Path.GetFullPath(outFolder);
        stdout.WriteLine($"诊断结果已写入 {Path.Combine(folder, DiagnosisFile)}；可打印的 {Path.Combine(folder, DiagnosisPage.FileName)} "
                         + $"和可筛选的 {Path.Combine(folder, DiagnosisWorkbook.FileName)} 内容相同。");
        return ExitCodes.Ok;
    }

    private static void Write(County county, Diagnosis diagnosis, string outFolder, PageTemplate page)
    {
        using var folder = OutputFolder.Stage(outFolder, DiagnosisFile, DemandFile, DiagnosisPage.FileName, DiagnosisWorkbook.FileName);
        DiagnosisJson.Write(Path.Combine(folder.Path, DiagnosisFile), diagnosis);
        File.WriteAllText(Path.Combine(folder.Path, DiagnosisPage.FileName),
            DiagnosisPage.Of(diagnosis, DateOnly.FromDateTime(DateTime.Today)).Render(page), new UTF8Encoding(false));
        DiagnosisWorkbook.Write(Path.Combine(folder.Path, DiagnosisWorkbook.FileName), diagnosis);
        DemandCsv.WriteIfDerived(county, folder.Path);
        folder.Commit();
    }
}
