using Jiaoling.Rotation.App.Api;
using Jiaoling.Rotation.App.Worker;
using Jiaoling.Rotation.Notices;
using Jiaoling.Rotation.Planning;
using Jiaoling.Rotation.Web;
using Microsoft.Extensions.Options;

namespace Jiaoling.Rotation.App;

/// <summary>
/// Builds the serving host: the web endpoints and the plan worker on one generic host, logging to stderr.
/// Jobs run the <c>plan --data</c> pipeline (documents as configured in section <c>Documents</c>); the
/// configure callback may replace it (tests do) or add services.
/// </summary>
public static class ServeHost
{
    public static WebApplication Build(string urls, Action<IServiceCollection> configure, IEnumerable<KeyValuePair<string, string?>>? settings = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }
        builder.WebHost.UseUrls(urls);
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
        builder.Services.AddReviewPortal(builder.Configuration);
        var documents = builder.Configuration.GetSection("Documents").Get<DocumentOptions>() ?? new DocumentOptions();
        builder.Services.AddSingleton<IPlanExecutor>(_ => new PlanPipeline(documents, Console.Error));
        // Draining lets a running solve reach its time limit: the host must wait at least that long.
        builder.Services.AddOptions<HostOptions>().Configure<IOptions<WorkerOptions>>((host, worker) =>
            host.ShutdownTimeout = worker.Value.DrainOnShutdown ? worker.Value.MaxTimeLimit + TimeSpan.FromSeconds(30) : TimeSpan.FromSeconds(30));
        configure(builder.Services);
        var app = builder.Build();
        app.MapReviewPortal();
        app.MapRotationApi();
        return app;
    }
}
