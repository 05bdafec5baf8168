using System.Diagnostics;

namespace Jiaoling.Rotation.Tests.Service;

/// <summary>Runs the built application (jiaoling-rotation.dll beside the tests) as a child process.</summary>
public static class AppProcess
{
    public sealed record Outcome(int ExitCode, string Stdout, string Stderr);

    public static async Task<Outcome> RunAsync(string connectionString, params string[] args)
    {
        using var process = Process.Start(StartInfo(connectionString, args))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return new Outcome(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>Starts <c>serve</c> on a port with extra settings as environment variables; returns once /health is 200.</summary>
    public static async Task<Process> StartServeAsync(string connectionString, int port, IReadOnlyDictionary<string, string> environment)
    {
        var start = StartInfo(connectionString, "serve", "--urls", $"http://127.0.0.1:{port}");
        start.RedirectStandardOutput = false;
        start.RedirectStandardError = false;
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }
        var process = Process.Start(start)!;
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        for (var i = 0; i < 300; i++)
        {
            try
            {
                if ((await client.GetAsync("/health")).IsSuccessStatusCode)
                {
                    return process;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet: the host is still starting.
            }
            await Task.Delay(100);
        }
        process.Kill();
        throw new TimeoutException("serve did not answer /health within 30 s");
    }

    /// <summary>
    /// Starts <c>worker</c> under a host name; returns once its log says the worker has started taking jobs.
    /// The rest of its log is drained so it never blocks on a full pipe.
    /// </summary>
    public static async Task<Process> StartWorkerAsync(string connectionString, string hostName)
    {
        var start = StartInfo(connectionString, "worker");
        start.Environment["Worker__HostName"] = hostName;
        start.Environment["Worker__PollInterval"] = "00:00:00.2";
        start.Environment["Documents__MakePdf"] = "false";
        var process = Process.Start(start)!;
        _ = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (await process.StandardError.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.Contains($"Plan worker {hostName} started", StringComparison.Ordinal))
            {
                _ = process.StandardError.ReadToEndAsync();
                return process;
            }
        }
        throw new InvalidOperationException($"worker {hostName} exited before it started taking jobs");
    }

    private static ProcessStartInfo StartInfo(string connectionString, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "jiaoling-rotation.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["ConnectionStrings__Rotation"] = connectionString;
        return start;
    }
}
