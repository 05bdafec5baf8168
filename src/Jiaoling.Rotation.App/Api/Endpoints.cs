using Jiaoling.Rotation.Data.Store;
using Jiaoling.Rotation.Planning;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Jiaoling.Rotation.App.Api;

/// <summary>
/// The web endpoints of the planning host: health, plan jobs and run outputs. Every call is scoped to a
/// county (<c>?county=</c>, default <see cref="StoreOptions.County"/>); messages are Chinese.
/// </summary>
public static class Endpoints
{
    public static IEndpointRouteBuilder MapRotationApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", HealthAsync);
        var api = app.MapGroup("/api");
        api.MapPost("/jobs", PostJobAsync);
        api.MapGet("/jobs/{id:long}", async (long id, string? county, JobQueue jobs, IOptions<StoreOptions> o, CancellationToken ct) =>
            await jobs.GetAsync(county ?? o.Value.County, id, ct) is { } job ? Results.Ok(JobView.Of(job)) : NotFound($"任务 {id} 不存在。"));
        api.MapPost("/jobs/{id:long}/cancel", async (long id, string? county, JobQueue jobs, IOptions<StoreOptions> o, CancellationToken ct) =>
            await jobs.RequestCancelAsync(county ?? o.Value.County, id, "web", ct) is { } job
                ? Results.Ok(JobView.Of(job))
                : NotFound($"任务 {id} 不存在。"));
        api.MapGet("/runs/{id:long}", async (long id, string? county, RunReader runs, IOptions<StoreOptions> o, CancellationToken ct) =>
            await runs.GetAsync(county ?? o.Value.County, id, ct) is { } run
                ? Results.Ok(new { run, files = await runs.FilesAsync(id, ct) })
                : NotFound($"运行记录 {id} 不存在。"));
        api.MapGet("/runs/{id:long}/files/{**name}", GetFileAsync);
        return app;
    }

    private static async Task<IResult> HealthAsync(NpgsqlDataSource dataSource, IOptions<StoreOptions> o, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(o.Value.HealthTimeout);
        try
        {
            await using var cmd = dataSource.CreateCommand("select 1");
            await cmd.ExecuteScalarAsync(timeout.Token);
            return Results.Ok(new { status = "ok", database = "ok" });
        }
        catch (Exception e) when (e is NpgsqlException or OperationCanceledException or System.Net.Sockets.SocketException)
        {
            return Results.Json(new { status = "unavailable", database = e.Message }, statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }

    private static async Task<IResult> PostJobAsync(JobPost post, JobQueue jobs, IOptions<StoreOptions> store,
        IOptions<WorkerOptions> worker, CancellationToken ct)
    {
        var w = worker.Value;
        var limit = post.TimeLimitSeconds ?? w.DefaultTimeLimit.TotalSeconds;
        if (string.IsNullOrWhiteSpace(post.Dataset) || limit <= 0 || limit > w.MaxTimeLimit.TotalSeconds || post.Workers is < 1 or > 64)
        {
            return Results.Problem(statusCode: 400, title:
                $"请求无效：dataset 必填，timeLimitSeconds 应在 0 到 {w.MaxTimeLimit.TotalSeconds} 秒之间，workers 应在 1 到 64 之间。");
        }
        try
        {
            var job = await jobs.EnqueueAsync(new JobRequest(post.County ?? store.Value.County, post.Dataset, limit,
                post.Workers ?? w.DefaultWorkers, post.Seed ?? w.DefaultSeed, "web"), ct);
            return Results.Accepted($"/api/jobs/{job.Id}?county={job.County}", JobView.Of(job));
        }
        catch (StoreException e)
        {
            return NotFound(e.Message);
        }
    }

    private static async Task<IResult> GetFileAsync(long id, string name, string? county, RunReader runs,
        IOptions<StoreOptions> o, CancellationToken ct)
    {
        if (await runs.GetAsync(county ?? o.Value.County, id, ct) is null || await runs.FileAsync(id, name, ct) is not { } content)
        {
            return NotFound($"运行记录 {id} 没有文件“{name}”。");
        }
        var type = new FileExtensionContentTypeProvider().TryGetContentType(name, out var t) ? t : "application/octet-stream";
        return Results.File(content, type, Path.GetFileName(name));
    }

    private static IResult NotFound(string message) => Results.Problem(statusCode: 404, title: message);
}
