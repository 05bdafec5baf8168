using System.Diagnostics;
using Jiaoling.Rotation.Solver.Bench;

namespace Jiaoling.Rotation.App.Cli;

/// <summary>
/// Runs one benchmark instance in a child process of this program (<c>bench … --instance-report FILE</c>),
/// so that its peak memory is its own. The child's stderr is kept and handed back for a failed run.
/// </summary>
internal static class BenchChild
{
    public static (int Exit, string Stderr) Run(BenchSettings instance, string reportPath, CancellationToken ct)
    {
        var start = SelfStart();
        start.RedirectStandardError = true;
        foreach (var arg in (string[])["bench", .. instance.Arguments(), "--instance-report", reportPath])
        {
            start.ArgumentList.Add(arg);
        }
        using var child = Process.Start(start)!;
        using var kill = ct.Register(() => child.Kill(entireProcessTree: true));
        var stderr = child.StandardError.ReadToEndAsync(CancellationToken.None);
        child.WaitForExit();
        return (child.ExitCode, stderr.GetAwaiter().GetResult());
    }

    /// <summary>
    /// This program again: its own executable when it runs as one, else the dotnet host with its assembly
    /// (under <c>dotnet jiaoling-rotation.dll</c>, or in-process from a test host).
    /// </summary>
    internal static ProcessStartInfo SelfStart()
    {
        var assembly = typeof(BenchChild).Assembly.Location;
        var process = Environment.ProcessPath!;
        if (Path.GetFileNameWithoutExtension(process) == Path.GetFileNameWithoutExtension(assembly))
        {
            return new ProcessStartInfo(process);
        }
        var dotnet = Path.GetFileNameWithoutExtension(process) == "dotnet"
            ? process
            : Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        var start = new ProcessStartInfo(dotnet);
        start.ArgumentList.Add(assembly);
        return start;
    }
}
