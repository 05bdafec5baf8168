using System.CommandLine;
using Jiaoling.Rotation.App.Cli;
using Jiaoling.Rotation.Data.Store;
using Jiaoling.Rotation.Data.Store.Review;
using Jiaoling.Rotation.Planning;
using Jiaoling.Rotation.Web;

namespace Jiaoling.Rotation.App;

/// <summary>
/// <c>setup-demo --dataset NAME [--county C]</c>: creates the HR account and one principal account per
/// school of the dataset's latest version, and prints each new password once (they are stored hashed).
/// </summary>
public static class SetupDemoVerb
{
    public static Command Create()
    {
        var dataset = new Option<string>("--dataset") { Description = "数据集名称", Required = true };
        var county = new Option<string?>("--county") { Description = "县代码（默认取 Store:County）" };
        var command = new Command("setup-demo", "为数据集创建演示账号（人事股一个，每校校长一个），只显示一次密码") { dataset, county };
        command.SetAction(async (parse, ct) => await StoreCommand.RunAsync(async (services, options, token) =>
        {
            var countyKey = parse.GetValue(county) ?? options.County;
            var loader = services.GetRequiredService<DatasetLoader>();
            if (await loader.LatestVersionAsync(countyKey, parse.GetValue(dataset)!, token) is not { } version)
            {
                await Console.Error.WriteLineAsync($"县 {countyKey} 没有名为“{parse.GetValue(dataset)}”的数据集：请先用 import 导入。");
                return ExitCodes.Failure;
            }
            var accounts = await DemoAccounts.CreateAsync(new AccountStore(services.GetRequiredService<Npgsql.NpgsqlDataSource>()),
                countyKey, await loader.LoadAsync(version.Id, token), Environment.UserName, token);
            await Console.Out.WriteLineAsync("账号\t密码\t角色\t学校");
            foreach (var a in accounts)
            {
                await Console.Out.WriteLineAsync($"{a.Login}\t{a.Password ?? "（已存在，密码未改）"}\t{(a.Role == "hr" ? "人事股" : "校长")}\t{a.DisplayName}");
            }
            await Console.Out.WriteLineAsync("密码只显示这一次，请妥善转交；数据库中只保存其散列值。");
            return ExitCodes.Ok;
        }, ct));
        return command;
    }
}
