using System.Diagnostics;

namespace Jiaoling.Rotation.Solver.Bench;

/// <summary>A process's peak resident memory: VmHWM of /proc/PID/status, else the peak working set.</summary>
public static class PeakMemory
{
    /// <summary>This process's peak.</summary>
    public static long Bytes()
    {
        using var self = Process.GetCurrentProcess();
        return Of(self);
    }

    /// <summary>Another running process's peak (a worker the benchmark started), read before it ends.</summary>
    public static long Of(Process process)
    {
        var path = $"/proc/{process.Id}/status";
        if (File.Exists(path))
        {
            var line = File.ReadLines(path).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            if (line is not null && long.TryParse(line["VmHWM:".Length..].Trim().Split(' ')[0], out var kb))
            {
                return kb * 1024;
            }
        }
        process.Refresh();
        return process.PeakWorkingSet64;
    }
}
