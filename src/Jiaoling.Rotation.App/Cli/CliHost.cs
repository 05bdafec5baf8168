namespace Jiaoling.Rotation.App.Cli;

/// <summary>
/// Builds the generic host a verb runs in: configuration (appsettings.json, environment), logging to
/// stderr (stdout is for the verb's own output), and the project's services.
/// </summary>
public static class CliHost
{
    public static IHost Build(Action<IServiceCollection, IConfiguration>? configure = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            DisableDefaults = false,
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.Configure(o => o.ActivityTrackingOptions = ActivityTrackingOptions.None);
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(
            o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        configure?.Invoke(builder.Services, builder.Configuration);
        return builder.Build();
    }
}
