using System.CommandLine;
using Jiaoling.Rotation.Data.Import;
using Jiaoling.Rotation.Data.Store;
using Jiaoling.Rotation.Planning;

namespace Jiaoling.Rotation.App.Cli;

/// <summary>
/// <c>import --data DIR --name NAME [--county C]</c>: validates the folder exactly as diagnose does and
/// stores it as the next version of dataset NAME in one transaction; invalid input exits 2, storing nothing.
/// </summary>
public static class ImportVerb
{
    public static Command Create()
    {
        var data = new Option<DirectoryInfo>("--data") { Description = "数据集文件夹", Required = true };
        var name = new Option<string>("--name") { Description = "数据集名称（如 2027）", Required = true };
        var county = new Option<string?>("--county") { Description = "县代码（默认取 Store:County）" };
        var command = new Command("import", "检查数据集并作为新版本存入数据库") { data, name, county };
        command.SetAction(async (parse, ct) =>
        {
            var folder = parse.GetValue(data)!.FullName;
            var read = DatasetReader.Read(folder);
            if (DatasetInput.Report(read, Console.Error) is not { } dataset)
            {
                return ExitCodes.InvalidInput;
            }
            return await StoreCommand.RunAsync(async (services, options, token) =>
            {
                var import = new DatasetImport(parse.GetValue(county) ?? options.County, parse.GetValue(name)!, dataset,
                    read.SourceFiles, Environment.UserName, folder);
                var version = await services.GetRequiredService<DatasetWriter>().ImportAsync(import, token);
                await Console.Out.WriteLineAsync(
                    $"已导入数据集“{version.Name}”（县 {version.County}）第 {version.Version} 版：学校 {dataset.Schools.Count} 所，教师 {dataset.Teachers.Count} 人。");
                return ExitCodes.Ok;
            }, ct);
        });
        return command;
    }
}
