using Jiaoling.Rotation.App;
using Jiaoling.Rotation.Planning;
using Jiaoling.Rotation.Web;
using Microsoft.Extensions.Options;

namespace Jiaoling.Rotation.Tests.Review;

public sealed class ReviewOptionsTests
{
    [Fact]
    public void The_default_portal_settings_are_valid()
    {
        var result = Validator(new WorkerOptions()).Validate(null, new ReviewOptions());

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Portal_settings_that_cannot_work_are_refused_with_every_reason()
    {
        var result = Validator(new WorkerOptions()).Validate(null, new ReviewOptions
        {
            SessionIdle = TimeSpan.Zero, Lockout = TimeSpan.FromMinutes(-1), MaxFailedLogins = 0, LoginsPerMinute = 0,
        });

        Assert.Equal(4, result.Failures!.Count());
        Assert.Contains(result.Failures!, f => f.Contains("Review:SessionIdle"));
        Assert.Contains(result.Failures!, f => f.Contains("Review:Lockout"));
        Assert.Contains(result.Failures!, f => f.Contains("Review:MaxFailedLogins"));
        Assert.Contains(result.Failures!, f => f.Contains("Review:LoginsPerMinute"));
    }

    [Fact]
    public void A_replan_time_limit_above_the_workers_longest_is_refused()
    {
        var result = Validator(new WorkerOptions { MaxTimeLimit = TimeSpan.FromMinutes(5) })
            .Validate(null, new ReviewOptions { ReplanTimeLimit = TimeSpan.FromMinutes(6) });

        Assert.Equal("Review:ReplanTimeLimit（00:06:00）不能超过 Worker:MaxTimeLimit（00:05:00）。", Assert.Single(result.Failures!));
    }

    [Fact]
    public async Task A_host_with_invalid_portal_settings_stops_at_start_naming_the_setting()
    {
        // The port is closed: the settings are refused before anything reaches for the database.
        await using var host = ServeHost.Build("http://127.0.0.1:0", _ => { }, new Dictionary<string, string?>
        {
            ["ConnectionStrings:Rotation"] = "Host=127.0.0.1;Port=1;Username=nobody",
            ["Review:SessionIdle"] = "00:00:00",
        });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(error.Failures, f => f.Contains("Review:SessionIdle"));
    }

    private static ReviewOptionsValidator Validator(WorkerOptions worker) => new(Options.Create(worker));
}
