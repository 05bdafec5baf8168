namespace Jiaoling.Rotation.Web;

/// <summary>Settings of the review portal (section <c>Review</c>), checked at start by <see cref="ReviewOptionsValidator"/>.</summary>
public sealed class ReviewOptions
{
    public const string Section = "Review";

    /// <summary>How long a session lasts without activity (sliding).</summary>
    public TimeSpan SessionIdle { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Failed logins in a row after which an account is locked.</summary>
    public int MaxFailedLogins { get; set; } = 5;

    public TimeSpan Lockout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Login attempts one client address may make per minute, whatever the accounts tried.</summary>
    public int LoginsPerMinute { get; set; } = 30;

    /// <summary>
    /// The folder of the portal's page templates (<c>layout.sbn-html</c>, … and <c>portal.css</c>); empty for
    /// <c>templates/portal</c> beside the program.
    /// </summary>
    public string? Templates { get; set; }

    /// <summary>Solver time limit of a re-plan started from the HR dashboard.</summary>
    public TimeSpan ReplanTimeLimit { get; set; } = TimeSpan.FromSeconds(60);
}
