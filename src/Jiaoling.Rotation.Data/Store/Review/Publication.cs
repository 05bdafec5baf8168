namespace Jiaoling.Rotation.Data.Store.Review;

/// <summary>A publication step of a run: the provisional list (with its review deadline) or the final plan.</summary>
public sealed record Publication(long Id, long RunId, string Stage, DateOnly? Deadline, string Login, DateTimeOffset At);
