namespace Jiaoling.Rotation.Web;

/// <summary>Who may call the machine interface under <c>/api</c> without a portal session (section <c>Api</c>).</summary>
public sealed class ApiOptions
{
    public const string Section = "Api";

    /// <summary>The shortest key accepted, so that a key cannot be guessed.</summary>
    public const int MinKeyLength = 32;

    /// <summary>
    /// API keys by county (<c>Api:Keys:jiaoling</c>, environment <c>Api__Keys__jiaoling</c>): a request with
    /// <c>Authorization: Bearer KEY</c> acts for that county only.
    /// </summary>
    public Dictionary<string, string> Keys { get; set; } = [];

    /// <summary>
    /// Whether a request from this machine (127.0.0.1, ::1) without key or session acts for the host's county.
    /// Default false; for trying the service on one's own computer only.
    /// </summary>
    public bool TrustLoopback { get; set; }
}
