namespace Jiaoling.Rotation.Data.Store.Review;

/// <summary>HR's decision on a teacher (require, forbid or stay at a school), answering an objection when <see cref="ReviewId"/> is set.</summary>
public sealed record Ruling(
    long Id,
    long? RunId,
    string TeacherId,
    string Decision,
    string? SchoolId,
    string Login,
    DateTimeOffset At,
    string? Note,
    long? ReviewId);
