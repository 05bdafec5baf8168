namespace Jiaoling.Rotation.Data.Store.Review;

/// <summary>A portal account: HR staff of a county or the principal of one school.</summary>
public sealed record Account(
    string County,
    string Login,
    string DisplayName,
    string Role,
    string? SchoolId,
    string? PasswordHash,
    int FailedLogins,
    DateTimeOffset? LockedUntil,
    bool Disabled = false);
