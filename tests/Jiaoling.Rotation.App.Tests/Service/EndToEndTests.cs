using System.Net.Http.Json;
using System.Text.Json;
using Jiaoling.Rotation.Tests.Store;

namespace Jiaoling.Rotation.Tests.Service;

[Collection(SolvingPostgresCollection.Name)]
public sealed class EndToEndTests(PostgresServer server) : ServiceHostFixture(server)
{
    [Fact]
    public async Task Import_then_a_queued_job_or_plan_dataset_gives_the_status_and_objectives_of_plan_data_on_the_same_files()
    {
        var folder = Temp("data");
        var direct = Temp("direct");
        Assert.Equal(0, (await AppProcess.RunAsync(ConnectionString, "generate", "--teachers", "200", "--seed", "3", "--out", folder)).ExitCode);
        var planned = await AppProcess.RunAsync(ConnectionString,
            "plan", "--data", folder, "--out", direct, "--workers", "1", "--seed", "1", "--time-limit", "20", "--no-pdf");
        Assert.Equal(0, planned.ExitCode);
        Assert.Equal(0, (await AppProcess.RunAsync(ConnectionString, "import", "--data", folder, "--name", "generated")).ExitCode);
        var (_, client) = await StartHostAsync("host-a", executor: null);

        var posted = await client.PostAsJsonAsync("/api/jobs", new { dataset = "generated", timeLimitSeconds = 20, workers = 1, seed = 1 });
        var id = (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        // The job plans for its whole 20 s limit (the last level runs to it): wait for that and the writing.
        var job = await WaitForAsync(id, j => j.Status is "finished" or "failed", TimeSpan.FromMinutes(3));
        var stored = await client.GetStringAsync($"/api/runs/{job.RunId}/files/metrics.json");

        var fromDataset = Temp("from-dataset");
        var verb = await AppProcess.RunAsync(ConnectionString,
            "plan", "--dataset", "generated", "--out", fromDataset, "--workers", "1", "--seed", "1", "--time-limit", "20", "--no-pdf");

        // One worker and one seed search alike, so the first level, which stops at its gap limit long before
        // its time runs out, ends at the same plan value whichever way the run was started; the later levels
        // may be cut by the clock and are compared by name only.
        var expected = Solver(File.ReadAllText(Path.Combine(direct, "metrics.json")));
        Assert.Equal(0, job.ExitCode);
        Assert.Equal(expected, Solver(stored), Same);
        Assert.Equal(0, verb.ExitCode);
        Assert.Equal(expected, Solver(File.ReadAllText(Path.Combine(fromDataset, "metrics.json"))), Same);
        Assert.Equal(1L, await CountAsync("select count(*) from plan_runs where job_id is null and exit_code = 0"));
        Directory.Delete(fromDataset, recursive: true);
        Directory.Delete(folder, recursive: true);
        Directory.Delete(direct, recursive: true);
    }

    private static readonly Func<(List<string> Levels, double First), (List<string> Levels, double First), bool> Same =
        (a, b) => a.Levels.SequenceEqual(b.Levels) && a.First == b.First;

    private static (List<string> Levels, double First) Solver(string metrics)
    {
        var levels = JsonDocument.Parse(metrics).RootElement.GetProperty("solver").GetProperty("levels").EnumerateArray().ToList();
        return (levels.Select(l => l.GetProperty("name").GetString()!).ToList(), levels[0].GetProperty("objective").GetDouble());
    }

    private static string Temp(string name) => Path.Combine(Path.GetTempPath(), "jiaoling-tests", Guid.NewGuid().ToString("N"), name);
}
