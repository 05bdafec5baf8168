using System.CommandLine;
using Jiaoling.Rotation.Data.Import.Tables;
using Jiaoling.Rotation.Planning;
using Jiaoling.Rotation.Planning.Sheets;

namespace Jiaoling.Rotation.App.Cli;

/// <summary>
/// <c>template --out DIR</c>: writes the Excel workbook a county fills in (<see cref="FillInWorkbook"/>) into
/// DIR; the folder with the filled-in workbook is a dataset for <c>diagnose</c> and <c>plan</c>.
/// </summary>
public static class TemplateVerb
{
    public static Command Create()
    {
        var output = new Option<string>("--out") { Description = "写出填写模板的目录", Required = true };
        var command = new Command("template", "写出供人事股填写的 Excel 数据模板（学校、教师、需求、距离、复核五张表和填写说明）") { output };
        command.SetAction(r => Run(r.GetValue(output)!, r.InvocationConfiguration.Output, r.InvocationConfiguration.Error));
        return command;
    }

    public static int Run(string outFolder, TextWriter stdout, TextWriter stderr)
    {
        var written = DocumentWriting.Guard(outFolder, stderr, () =>
        {
            using var folder = OutputFolder.Stage(outFolder, FillInWorkbook.FileName);
            FillInWorkbook.Write(Path.Combine(folder.Path, FillInWorkbook.FileName));
            folder.Commit();
            return ExitCodes.Ok;
        });
        if (written != ExitCodes.Ok)
        {
            return written;
        }
        var path = Path.Combine(Path.GetFullPath(outFolder), FillInWorkbook.FileName);
        var sheets = string.Join("、", ContractTables.All.Select(t => t.Alias).Prepend(ContractTables.InstructionsSheet));
        stdout.WriteLine($"数据填写模板已写入 {path}（工作表：{sheets}）。");
        stdout.WriteLine($"填好后运行 diagnose --data {Path.GetFullPath(outFolder)} --out 输出目录 检查数据。");
        return ExitCodes.Ok;
    }
}
