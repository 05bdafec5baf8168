namespace Jiaoling.Rotation.Data.Store.Review;

/// <summary>
/// A principal's verdict on one plan row of a run, as the school answering for it: <c>approve</c> or
/// <c>object</c> with a written reason. Each answer is a new version; the highest is current.
/// </summary>
public sealed record RowReview(
    long Id,
    long RunId,
    string TeacherId,
    string SchoolId,
    int Version,
    string Verdict,
    string Reason,
    string Login,
    DateTimeOffset At);
