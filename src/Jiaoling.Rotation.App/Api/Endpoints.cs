using System.Security.Claims;
using Jiaoling.Rotation.Data.Store;
using Jiaoling.Rotation.Planning;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Jiaoling.Rotation.App.Api;

/// <summary>
/// The web endpoints of the planning host: health, plan jobs and run outputs. Every call keeps to the
/// caller's county (<see cref="ApiCaller"/>): a request naming another one (<c>?county=</c> or the body's
/// <c>county</c>) is refused 403, and another county's jobs and runs answer 404. Messages are Chinese.
/// </summary>
public static class Endpoints
{
    public static IEndpointRouteBuilder MapRotationApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", HealthAsync);
        var api = app.MapGroup("/api");
        api.MapPost("/jobs", PostJobAsync);
        api.MapGet("/jobs/{id:long}", async (long id, string? county, ClaimsPrincipal user, JobQueue jobs, CancellationToken ct) =>
            Scope(user, county) is not { } caller ? OtherCounty()
            : await jobs.GetAsync(caller, id, ct) is { } job ? Results.Ok(JobView.Of(job)) : NotFound($"任务 {id} 不存在。"));
        api.MapPost("/jobs/{id:long}/cancel", async (long id, string? county, ClaimsPrincipal user, JobQueue jobs, CancellationToken ct) =>
            Scope(user, county) is not { } caller ? OtherCounty()
            : await jobs.RequestCancelAsync(caller, id, "web", ct) is { } job ? Results.Ok(JobView.Of(job)) : NotFound($"任务 {id} 不存在。"));
        api.MapGet("/runs/{id:long}", async (long id, string? county, ClaimsPrincipal user, RunReader runs, CancellationToken ct) =>
            Scope(user, county) is not { } caller ? OtherCounty()
            : await runs.GetAsync(caller, id, ct) is { } run
                ? Results.Ok(new { run, files = await runs.FilesAsync(id, ct) })
                : NotFound($"运行记录 {id} 不存在。"));
        api.MapGet("/runs/{id:long}/files/{**name}", GetFileAsync);
        return app;
    }

    /// <summary>Up or down, never why: the reason (which names the database) goes to the log only.</summary>
    private static async Task<IResult> HealthAsync(NpgsqlDataSource dataSource, IOptions<StoreOptions> o, ILoggerFactory logs, CancellationToken ct)
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
            logs.CreateLogger(typeof(Endpoints)).LogWarning("Health check: the database does not answer: {Reason}", e.Message);
            return Results.Json(new { status = "unavailable", database = "unavailable" }, statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }

    private static async Task<IResult> PostJobAsync(JobPost post, ClaimsPrincipal user, JobQueue jobs, IOptions<WorkerOptions> worker,
        CancellationToken ct)
    {
        if (Scope(user, post.County) is not { } caller)
        {
            return OtherCounty();
        }
        var w = worker.Value;
        var limit = post.TimeLimitSeconds ?? w.DefaultTimeLimit.TotalSeconds;
        if (string.IsNullOrWhiteSpace(post.Dataset) || post.Dataset.Any(char.IsControl)
            || limit <= 0 || limit > w.MaxTimeLimit.TotalSeconds || post.Workers is < 1 or > 64)
        {
            return Results.Problem(statusCode: 400, title:
                $"请求无效：dataset 必填且不得含控制字符，timeLimitSeconds 应在 0 到 {w.MaxTimeLimit.TotalSeconds} 秒之间，workers 应在 1 到 64 之间。");
        }
        try
        {
            var job = await jobs.EnqueueAsync(new JobRequest(caller, post.Dataset, limit,
                post.Workers ?? w.DefaultWorkers, post.Seed ?? w.DefaultSeed, "web"), ct);
            return Results.Accepted($"/api/jobs/{job.Id}", JobView.Of(job));
        }
        catch (StoreException e)
        {
            return NotFound(e.Message);
        }
    }

    private static async Task<IResult> GetFileAsync(long id, string name, string? county, ClaimsPrincipal user, RunReader runs, CancellationToken ct)
    {
        if (Scope(user, county) is not { } caller)
        {
            return OtherCounty();
        }
        if (await runs.GetAsync(caller, id, ct) is null || await runs.FileAsync(id, name, ct) is not { } content)
        {
            return NotFound($"运行记录 {id} 没有文件“{name}”。");
        }
        var type = new FileExtensionContentTypeProvider().TryGetContentType(name, out var t) ? t : "application/octet-stream";
        return Results.File(content, type, Path.GetFileName(name));
    }

    /// <summary>The caller's county, or null when the request names another one.</summary>
    private static string? Scope(ClaimsPrincipal user, string? named) =>
        ApiCaller.County(user) is { } county && (named is null || named == county) ? county : null;

    private static IResult OtherCounty() => Results.Problem(statusCode: 403, title: "只能访问本县的任务和运行记录。");

    private static IResult NotFound(string message) => Results.Problem(statusCode: 404, title: message);
}
