using System.CommandLine;
using Jiaoling.Rotation.Data.Store;
using Jiaoling.Rotation.Planning;

namespace Jiaoling.Rotation.App.Cli;

/// <summary><c>migrate</c>: applies the pending schema migrations to the configured database.</summary>
public static class MigrateVerb
{
    public static Command Create()
    {
        var command = new Command("migrate", "建立或升级数据库表结构（连接字符串 ConnectionStrings:Rotation）");
        command.SetAction((_, ct) => StoreCommand.RunAsync(async (_, _, _) =>
        {
            await Console.Out.WriteLineAsync($"数据库表结构已是最新版本 {Migration.Latest}。");
            return ExitCodes.Ok;
        }, ct, configure: null));
        return command;
    }
}
