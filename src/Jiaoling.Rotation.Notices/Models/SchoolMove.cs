namespace Jiaoling.Rotation.Notices.Models;

/// <summary>
/// A person leaving or arriving at a school, as the principal's page lists them: for a move the other
/// school is where the person goes or comes from; for an itinerant share, the share and days a week.
/// </summary>
public sealed record SchoolMove(string TeacherId, string Name, string Subject, string Kind, string OtherSchool,
    string Share, string DaysPerWeek);
