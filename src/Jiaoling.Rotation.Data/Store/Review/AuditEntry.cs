namespace Jiaoling.Rotation.Data.Store.Review;

/// <summary>One line of the audit log: when, who, what, on which subject, with details as JSON text.</summary>
public sealed record AuditEntry(long Id, DateTimeOffset At, string Actor, string Action, string Subject, string Details);
