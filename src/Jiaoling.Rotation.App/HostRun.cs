using Jiaoling.Rotation.Data.Store;
using Jiaoling.Rotation.Notices;
using Jiaoling.Rotation.Planning;
using Microsoft.Extensions.Options;

namespace Jiaoling.Rotation.App;

/// <summary>
/// Runs a long-lived host (<c>serve</c>, <c>worker</c>) until it stops, turning a database, configuration or
/// template failure at start into one Chinese line on stderr and exit 1.
/// </summary>
public static class HostRun
{
    public static async Task<int> RunAsync(Func<Task> run)
    {
        try
        {
            await run();
            return ExitCodes.Ok;
        }
        catch (Exception e) when (e is StoreException or OptionsValidationException or TemplateException)
        {
            var message = e is OptionsValidationException v ? "配置有误：" + string.Join(" ", v.Failures) : e.Message;
            await Console.Error.WriteLineAsync(message);
            return ExitCodes.Failure;
        }
    }
}
