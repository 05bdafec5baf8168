namespace Jiaoling.Rotation.Notices.Models;

/// <summary>
/// A plan row as the principal's page lists it: which way it goes for this school (调出, 调入, 外出走教,
/// 来校走教), who, the subject, the other school (where the person goes or comes from), for an itinerant
/// share the share and days a week, and the row's reason.
/// </summary>
public sealed record SchoolMove(string Direction, string TeacherId, string Name, string Subject, string Kind, string OtherSchool,
    string Share, string DaysPerWeek, string Reason);
