using Jiaoling.Rotation.Planning;
using Microsoft.Extensions.Options;

namespace Jiaoling.Rotation.App.Worker;

/// <summary>Registers the plan worker on a serving host.</summary>
public static class WorkerServices
{
    /// <summary>Adds the hosted worker that takes plan jobs, with its validated options.</summary>
    public static IServiceCollection AddPlanWorker(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WorkerOptions>().Bind(configuration.GetSection(WorkerOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<WorkerOptions>, WorkerOptionsValidator>();
        services.AddSingleton<JobFolders>();
        services.AddHostedService<StoreStartup>();
        services.AddHostedService<PlanWorker>();
        return services;
    }
}
