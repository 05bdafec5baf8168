namespace Jiaoling.Rotation.Notices.Models;

/// <summary>
/// One stage and subject of a school in FTE: what the school needs, what it has before and after the plan,
/// the unmet demand before and after, and the trend of the unmet demand (<c>better</c>, <c>worse</c> or empty).
/// </summary>
public sealed record SubjectStaffing(string Stage, string Subject, string Need, string Have, string After,
    string UnmetBefore, string UnmetAfter, string Trend);
