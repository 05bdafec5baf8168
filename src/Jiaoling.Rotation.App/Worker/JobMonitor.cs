using Jiaoling.Rotation.Data.Store;
using Jiaoling.Rotation.Planning;

namespace Jiaoling.Rotation.App.Worker;

/// <summary>
/// Receives a running solve's progress and, on a timer, writes the latest report into the job row and
/// reads the job's cancel flag, cancelling the solve when someone asked.
/// </summary>
internal sealed class JobMonitor(JobLeases leases, JobLease lease, CancellationTokenSource cancel, TimeSpan interval)
    : IProgress<PlanProgress>, IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private PlanProgress? _latest;
    private PlanProgress? _written;

    public bool CancelRequested { get; private set; }

    public void Report(PlanProgress value) => Volatile.Write(ref _latest, value);

    public async Task RunAsync()
    {
        var stop = _stop.Token;
        using var timer = new PeriodicTimer(interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                await WriteProgressAsync(stop);
                if (!CancelRequested && await leases.IsCancelRequestedAsync(lease, stop))
                {
                    CancelRequested = true;
                    await cancel.CancelAsync();
                }
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            await WriteProgressAsync(CancellationToken.None);
        }
    }

    /// <summary>Stops the timer after a last progress write; safe to call more than once.</summary>
    public async Task StopAsync(Task monitoring)
    {
        if (!_stop.IsCancellationRequested)
        {
            await _stop.CancelAsync();
            await monitoring;
        }
    }

    private async Task WriteProgressAsync(CancellationToken ct)
    {
        var latest = Volatile.Read(ref _latest);
        if (latest is not null && !ReferenceEquals(latest, _written))
        {
            await leases.ReportProgressAsync(lease,
                new JobProgress(latest.Level, latest.Objective, latest.Bound, latest.Elapsed.TotalSeconds), ct);
            _written = latest;
        }
    }

    public void Dispose() => _stop.Dispose();
}
