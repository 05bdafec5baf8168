using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Notices.Tests.Builders;

/// <summary>
/// A plan built by hand for a whole county, without the solver: the first eligible teachers (by id) each
/// transfer to the first other school with their stage, the next movable teacher gives a 0.2 share, and
/// the first principal moves. It need not keep every rule: it exercises the documents, not the planner.
/// </summary>
internal static class HandPlan
{
    private const string Reason = "测试用交流安排";

    public static Plan For(County county, int transfers = 8)
    {
        var schools = county.Dataset.Schools.OrderBy(s => s.Id).ToList();
        string? Other(Teacher t) => schools.FirstOrDefault(s => s.Id != t.SchoolId && s.HasStage(t.Stage))?.Id.Value;
        var teachers = county.Dataset.Teachers.OrderBy(t => t.Id).Where(t => Other(t) is not null).ToList();
        var movers = teachers.Where(t => county.Status[t.Id].Eligible).Take(transfers).ToList();
        var rows = movers
            .Select(t => Make.Row(t, AssignmentKind.Transfer, Other(t)!, t.Subject, Reason, policy: county.Policy))
            .ToList();
        if (teachers.FirstOrDefault(t => county.Status[t.Id].Movable && !movers.Contains(t)) is { } itinerant)
        {
            rows.Add(Make.Row(itinerant, AssignmentKind.Itinerant, Other(itinerant)!, itinerant.Subject, Reason, 0.2m, county.Policy));
        }
        if (teachers.FirstOrDefault(t => t.IsPrincipal) is { } principal)
        {
            rows.Add(Make.Row(principal, AssignmentKind.Principal, Other(principal)!, null, Reason, policy: county.Policy));
        }
        return new Plan(rows);
    }
}
