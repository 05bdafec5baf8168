namespace Jiaoling.Rotation.Planning;

/// <summary>Settings of the hosted planning worker (section <c>Worker</c>); defaults in each comment.</summary>
public sealed class WorkerOptions
{
    public const string Section = "Worker";

    /// <summary>Whether this host takes plan jobs at all (a web-only host sets false). Default true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How long to wait before looking again when the queue is empty. Default 2 seconds.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How often a running job writes its progress and reads its cancel flag. Default 1 second.</summary>
    public TimeSpan ProgressInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Attempts a job gets: a job whose host died is queued again while it has had fewer, else it fails.
    /// Default 2 (one retry).
    /// </summary>
    public int MaxAttempts { get; set; } = 2;

    /// <summary>Solve time limit of a job that names none. Default 60 seconds.</summary>
    public TimeSpan DefaultTimeLimit { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Longest time limit a job may ask for. Default 1 hour.</summary>
    public TimeSpan MaxTimeLimit { get; set; } = TimeSpan.FromHours(1);

    /// <summary>CP-SAT workers of a job that names none. Default 8.</summary>
    public int DefaultWorkers { get; set; } = 8;

    /// <summary>Random seed of a job that names none. Default 0.</summary>
    public int DefaultSeed { get; set; }

    /// <summary>
    /// On shutdown, let a running solve end at its time limit (true, default) or cancel it at once and
    /// put the job back in the queue (false).
    /// </summary>
    public bool DrainOnShutdown { get; set; } = true;

    /// <summary>
    /// Folder in which this host keeps the output folders of running jobs, in a subfolder of its own with mode
    /// 0700. Default empty: a new private folder in the system temp folder each time the host starts.
    /// </summary>
    public string OutputRoot { get; set; } = "";

    /// <summary>This host's name in job rows and the audit log. Default: machine name and process id.</summary>
    public string HostName { get; set; } = $"{Environment.MachineName}:{Environment.ProcessId}";
}
