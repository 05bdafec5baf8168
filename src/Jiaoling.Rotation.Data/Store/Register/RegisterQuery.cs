namespace Jiaoling.Rotation.Data.Store.Register;

/// <summary>
/// Which register entries to read: of one teacher, touching one school (sent from or received by it), and/or
/// whose teacher or school ids or names contain a text; at most <see cref="Limit"/> entries, oldest first.
/// </summary>
public sealed record RegisterQuery(string? TeacherId = null, string? SchoolId = null, string? Text = null, int Limit = 100_000);
