using System.CommandLine;
using Jiaoling.Rotation.Data.Csv;
using Jiaoling.Rotation.Data.Output;
using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Domain.Metrics;
using Jiaoling.Rotation.Planning;

namespace Jiaoling.Rotation.App.Cli;

/// <summary>
/// <c>diagnose --data DIR --out DIR</c>: validates a dataset and writes diagnosis.json (and demand.csv
/// when demand was derived) with a Chinese summary on stdout. Every problem goes to stderr as
/// <c>FILE:LINE: message</c>; invalid input exits 2 and writes nothing.
/// </summary>
public static class DiagnoseVerb
{
    public const string DiagnosisFile = "diagnosis.json";
    public const string DemandFile = DemandCsv.FileName;

    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "数据目录（schools.csv、teachers.csv 等）", Required = true };
        var output = new Option<string>("--out") { Description = "输出目录", Required = true };
        var command = new Command("diagnose", "校验数据并诊断交流轮岗现状：符合条件人数、紧缺学科缺口、差异系数") { data, output };
        command.SetAction((ParseResult r, CancellationToken ct) =>
            Task.FromResult(Run(r.GetValue(data)!, r.GetValue(output)!, Console.Out, Console.Error)));
        return command;
    }

    public static int Run(string dataFolder, string outFolder, TextWriter stdout, TextWriter stderr)
    {
        if (DatasetInput.Read(dataFolder, stderr) is not { } dataset)
        {
            return ExitCodes.InvalidInput;
        }
        var county = County.Create(dataset);
        var diagnosis = Diagnosis.Of(county);
        try
        {
            Write(county, diagnosis, outFolder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"无法写入输出目录 {outFolder}：{e.Message}");
            return ExitCodes.Failure;
        }
        stdout.Write(DiagnosisSummary.Text(diagnosis));
        stdout.WriteLine($"诊断结果已写入 {Path.Combine(Path.GetFullPath(outFolder), DiagnosisFile)}");
        return ExitCodes.Ok;
    }

    private static void Write(County county, Diagnosis diagnosis, string outFolder)
    {
        using var folder = OutputFolder.Stage(outFolder, DiagnosisFile, DemandFile);
        DiagnosisJson.Write(Path.Combine(folder.Path, DiagnosisFile), diagnosis);
        DemandCsv.WriteIfDerived(county, folder.Path);
        folder.Commit();
    }
}
