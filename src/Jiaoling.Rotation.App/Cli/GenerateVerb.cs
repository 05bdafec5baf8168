using System.CommandLine;
using Jiaoling.Rotation.Generator;
using Jiaoling.Rotation.Planning;

namespace Jiaoling.Rotation.App.Cli;

/// <summary>
/// <c>generate --teachers N --seed S --out DIR [--no-demand]</c>: writes a synthetic county folder in
/// the data contract's format (the sample county is <c>--teachers 1800 --seed 2027</c>).
/// </summary>
public static class GenerateVerb
{
    public static Command Create()
    {
        var teachers = new Option<int>("--teachers")
        {
            Description = "教师人数（含校长）",
            DefaultValueFactory = _ => GeneratorOptions.SampleTeachers,
        };
        var seed = new Option<int>("--seed")
        {
            Description = "随机种子（相同种子生成相同数据）",
            DefaultValueFactory = _ => GeneratorOptions.SampleSeed,
        };
        var output = new Option<string>("--out") { Description = "输出目录", Required = true };
        var noDemand = new Option<bool>("--no-demand") { Description = "不生成 demand.csv（由系统按标准推算需求）" };
        var command = new Command("generate", "生成模拟县域数据（合成数据，非真实人员信息）") { teachers, seed, output, noDemand };
        command.SetAction((ParseResult r, CancellationToken ct) =>
        {
            var count = r.GetValue(teachers);
            if (count < GeneratorOptions.MinTeachers)
            {
                Console.Error.WriteLine($"--teachers 为 {count}，至少需要 {GeneratorOptions.MinTeachers} 人。");
                return Task.FromResult(ExitCodes.InvalidInput);
            }
            var target = r.GetValue(output)!;
            var dataset = CountyGenerator.Generate(new GeneratorOptions(count, r.GetValue(seed), !r.GetValue(noDemand)));
            try
            {
                using var folder = OutputFolder.Stage(target, ContractFolder.FileNames);
                ContractFolder.Write(dataset, folder.Path);
                folder.Commit();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"无法写入输出目录 {target}：{e.Message}");
                return Task.FromResult(ExitCodes.Failure);
            }
            Console.Out.WriteLine($"已生成 {dataset.Schools.Count} 所学校、{dataset.Teachers.Count} 名教师：{Path.GetFullPath(target)}");
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }
}
