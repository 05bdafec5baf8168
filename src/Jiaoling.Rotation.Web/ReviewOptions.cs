namespace Jiaoling.Rotation.Web;

/// <summary>Settings of the review portal (section <c>Review</c>), checked at start by <see cref="ReviewOptionsValidator"/>.</summary>
public sealed class ReviewOptions
{
    public const string Section = "Review";

    /// <summary>How long a session lasts without activity (sliding).</summary>
    public TimeSpan SessionIdle { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long a session lasts at most, however active (absolute).</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>Failed logins one client address may make on one login before it must wait <see cref="Lockout"/>.</summary>
    public int MaxFailedLogins { get; set; } = 5;

    public TimeSpan Lockout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Login attempts one client address may make per minute, whatever the accounts tried.</summary>
    public int LoginsPerMinute { get; set; } = 30;

    /// <summary>Solver time limit of a re-plan started from the HR dashboard.</summary>
    public TimeSpan ReplanTimeLimit { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// The folder of the portal's page templates (<c>layout.sbn-html</c>, … and <c>portal.css</c>); empty for
    /// <c>templates/portal</c> beside the program.
    /// </summary>
    public string? Templates { get; set; }

    /// <summary>
    /// Addresses of the reverse proxies whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are believed
    /// (the client's address then counts for throttling, and HTTPS marks cookies Secure). Empty: none.
    /// </summary>
    public string[] TrustedProxies { get; set; } = [];

    /// <summary>
    /// A PKCS#12 (.pfx) file whose certificate encrypts the data-protection keys stored in the database.
    /// Empty: the keys are stored unencrypted (and the host warns at start).
    /// </summary>
    public string? KeyCertificate { get; set; }

    public string? KeyCertificatePassword { get; set; }
}
