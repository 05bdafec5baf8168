using System.CommandLine;

namespace Jiaoling.Rotation.App;

/// <summary>
/// <c>worker</c>: a planning host without the web endpoints — it only takes queued plan jobs from PostgreSQL,
/// as <c>serve</c> does, so that several can run on one host (no port to share) or on several hosts over one
/// database. Jobs are claimed with FOR UPDATE SKIP LOCKED, so each is planned by exactly one of them.
/// </summary>
public static class WorkerVerb
{
    public static Command Create()
    {
        var command = new Command("worker", "只处理排队的规划任务（不启动网页）：可在一台或多台主机上同时启动多个，共用同一个数据库");
        command.SetAction((_, ct) => HostRun.RunAsync(async () =>
        {
            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory });
            PlanningHost.AddPlanning(builder);
            using var host = builder.Build();
            await host.RunAsync(ct);
        }));
        return command;
    }
}
