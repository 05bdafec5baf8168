using Jiaoling.Rotation.App.Api;
using Jiaoling.Rotation.Web;

namespace Jiaoling.Rotation.App;

/// <summary>
/// Builds the serving host: the web endpoints and the plan worker (<see cref="PlanningHost"/>) on one generic
/// host. The configure callback may replace the planning pipeline (tests do) or add services.
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
        PlanningHost.AddPlanning(builder);
        builder.Services.AddReviewPortal(builder.Configuration);
        configure(builder.Services);
        var app = builder.Build();
        app.MapReviewPortal();
        app.MapRotationApi();
        return app;
    }
}
