using System.Runtime.InteropServices;

namespace Jiaoling.Rotation.Solver.Bench;

/// <summary>The machine a benchmark ran on: CPU model and cores, memory, operating system, .NET version.</summary>
public sealed record MachineInfo(string Cpu, int Cores, double MemoryGb, string Os, string Dotnet)
{
    public static MachineInfo Current() => new(
        ProcField("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString(),
        Environment.ProcessorCount,
        ProcField("/proc/meminfo", "MemTotal") is { } mem && long.TryParse(mem.Split(' ')[0], out var kb)
            ? Math.Round(kb / 1024.0 / 1024.0, 1)
            : double.NaN,
        RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription);

    /// <summary>The 1, 5 and 15 minute load averages (as uptime prints them), or null where /proc/loadavg is missing.</summary>
    public static string? LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : null;

    private static string? ProcField(string path, string key)
    {
        if (!File.Exists(path))
        {
            return null;
        }
        var line = File.ReadLines(path).FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal));
        return line?[(line.IndexOf(':') + 1)..].Trim();
    }
}
