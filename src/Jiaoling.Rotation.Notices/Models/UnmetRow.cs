namespace Jiaoling.Rotation.Notices.Models;

/// <summary>Unmet demand of one subject, before and after, per school type (the report's areas) and in total.</summary>
public sealed record UnmetRow(string Subject, string Shortage, IReadOnlyList<ValueChange> Cells, ValueChange Total);
