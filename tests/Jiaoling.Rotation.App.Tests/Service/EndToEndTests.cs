using System.Net.Http.Json;
using System.Text.Json;
using Jiaoling.Rotation.Tests.Store;

namespace Jiaoling.Rotation.Tests.Service;

[Collection(PostgresCollection.Name)]
public sealed class EndToEndTests(PostgresServer server) : ServiceHostFixture(server)
{
    [Fact]
    public async Task Import_then_a_queued_job_or_plan_dataset_gives_the_status_and_objectives_of_plan_data_on_the_same_files()
    {
        var folder = Temp("data");
        var direct = Temp("direct");
        Assert.Equal(0, (await AppProcess.RunAsync(ConnectionString, "generate", "--teachers", "200", "--seed", "3", "--out", folder)).ExitCode);
        var planned = await AppProcess.RunAsync(ConnectionString,
            "plan", "--data", folder, "--out", direct, "--workers", "1", "--seed", "1", "--time-limit", "60", "--no-pdf");
        Assert.Equal(0, planned.ExitCode);
        Assert.Equal(0, (await AppProcess.RunAsync(ConnectionString, "import", "--data", folder, "--name", "generated")).ExitCode);
        var (_, client) = await StartHostAsync("host-a", executor: null);

        var posted = await client.PostAsJsonAsync("/api/jobs", new { dataset = "generated", timeLimitSeconds = 60, workers = 1, seed = 1 });
        var id = (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        var job = await WaitForAsync(id, j => j.Status is "finished" or "failed");
        var stored = await client.GetStringAsync($"/api/runs/{job.RunId}/files/metrics.json");

        var fromDataset = Temp("from-dataset");
        var verb = await AppProcess.RunAsync(ConnectionString,
            "plan", "--dataset", "generated", "--out", fromDataset, "--workers", "1", "--seed", "1", "--time-limit", "60", "--no-pdf");

        var expected = Solver(File.ReadAllText(Path.Combine(direct, "metrics.json")));
        Assert.Equal((0, "optimal"), (job.ExitCode, expected.Status));
        Assert.Equal(expected, Solver(stored), Same);
        Assert.Equal(0, verb.ExitCode);
        Assert.Equal(expected, Solver(File.ReadAllText(Path.Combine(fromDataset, "metrics.json"))), Same);
        Assert.Equal(File.ReadAllText(Path.Combine(direct, "plan.csv")), File.ReadAllText(Path.Combine(fromDataset, "plan.csv")));
        Assert.Equal(1L, await CountAsync("select count(*) from plan_runs where job_id is null and exit_code = 0"));
        Directory.Delete(fromDataset, recursive: true);
        Directory.Delete(folder, recursive: true);
        Directory.Delete(direct, recursive: true);
    }

    private static readonly Func<(string Status, List<double> Objectives), (string Status, List<double> Objectives), bool> Same =
        (a, b) => a.Status == b.Status && a.Objectives.SequenceEqual(b.Objectives);

    private static (string Status, List<double> Objectives) Solver(string metrics)
    {
        var solver = JsonDocument.Parse(metrics).RootElement.GetProperty("solver");
        var objectives = solver.GetProperty("levels").EnumerateArray().Select(l => l.GetProperty("objective").GetDouble()).ToList();
        return (solver.GetProperty("status").GetString()!, objectives);
    }

    private static string Temp(string name) => Path.Combine(Path.GetTempPath(), "jiaoling-tests", Guid.NewGuid().ToString("N"), name);
}
