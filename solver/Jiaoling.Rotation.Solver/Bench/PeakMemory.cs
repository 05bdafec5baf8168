using System.Diagnostics;

namespace Jiaoling.Rotation.Solver.Bench;

/// <summary>The process's peak resident memory: VmHWM of /proc/self/status, else the peak working set.</summary>
public static class PeakMemory
{
    public static long Bytes()
    {
        const string path = "/proc/self/status";
        if (File.Exists(path))
        {
            var line = File.ReadLines(path).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            if (line is not null && long.TryParse(line["VmHWM:".Length..].Trim().Split(' ')[0], out var kb))
            {
                return kb * 1024;
            }
        }
        using var self = Process.GetCurrentProcess();
        return self.PeakWorkingSet64;
    }
}
