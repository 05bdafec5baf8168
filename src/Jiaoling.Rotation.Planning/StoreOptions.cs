namespace Jiaoling.Rotation.Planning;

/// <summary>
/// Settings of the PostgreSQL store (section <c>Store</c>). The connection string itself is
/// <c>ConnectionStrings:Rotation</c> (environment <c>ConnectionStrings__Rotation</c>).
/// </summary>
public sealed class StoreOptions
{
    public const string Section = "Store";

    /// <summary>The county namespace verbs and requests use when they name none. Default <c>jiaoling</c>.</summary>
    public string County { get; set; } = "jiaoling";

    /// <summary>Whether the host applies pending migrations at start (else it only checks). Default true.</summary>
    public bool MigrateOnStart { get; set; } = true;

    /// <summary>How long a health check waits for the database. Default 3 seconds.</summary>
    public TimeSpan HealthTimeout { get; set; } = TimeSpan.FromSeconds(3);
}
