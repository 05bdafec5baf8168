using Jiaoling.Rotation.App.Worker;
using Jiaoling.Rotation.Notices;
using Jiaoling.Rotation.Planning;
using Microsoft.Extensions.Options;

namespace Jiaoling.Rotation.App;

/// <summary>
/// What every host that takes plan jobs shares (<c>serve</c> and <c>worker</c>): logging to stderr, the store,
/// the worker with its job runner, the <c>plan --data</c> pipeline (documents as configured in section
/// <c>Documents</c>), and a shutdown wait long enough for a draining solve.
/// </summary>
public static class PlanningHost
{
    public static void AddPlanning(IHostApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        // Log collectors want one JSON object a line; people at a terminal want single-line text.
        if (string.Equals(builder.Configuration["Logging:Console:FormatterName"], "json", StringComparison.OrdinalIgnoreCase))
        {
            builder.Logging.AddJsonConsole();
        }
        else
        {
            builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        }
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(
            o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.AddRotationStore(builder.Configuration);
        builder.Services.AddPlanWorker(builder.Configuration);
        builder.Services.AddSingleton<JobRunner>();
        var documents = builder.Configuration.GetSection("Documents").Get<DocumentOptions>() ?? new DocumentOptions();
        builder.Services.AddSingleton<IPlanExecutor>(_ => new PlanPipeline(documents, Console.Error));
        // Draining lets a running solve reach its time limit: the host must wait at least that long.
        builder.Services.AddOptions<HostOptions>().Configure<IOptions<WorkerOptions>>((host, worker) =>
            host.ShutdownTimeout = worker.Value.DrainOnShutdown ? worker.Value.MaxTimeLimit + TimeSpan.FromSeconds(30) : TimeSpan.FromSeconds(30));
    }
}
