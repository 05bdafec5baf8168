namespace Jiaoling.Rotation.Notices.Models;

/// <summary>One receiving school of an itinerant teacher (走教): the share of a post and the days a week it means.</summary>
public sealed record NoticeShare(string School, string Town, string Subject, string Share, string DaysPerWeek);
