using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Domain.Metrics;

namespace Jiaoling.Rotation.Notices.Tests.Builders;

/// <summary>
/// A plan built by hand for a whole county, without the solver, at the scale a real plan has: the first
/// eligible teachers (by id, as many as the policy's ratio asks) transfer, the next movable teachers give
/// 0.2 shares, and principals move, each to another school with their stage taken in turn. It need not
/// keep every rule: it exercises the documents, not the planner.
/// </summary>
internal static class HandPlan
{
    private const string Reason = "测试用交流安排";

    public static Plan For(County county, int itinerant = 10, int principals = 5)
    {
        var schools = county.Dataset.Schools.OrderBy(s => s.Id).ToList();
        var turn = 0;
        string? Other(Teacher t)
        {
            var others = schools.Where(s => s.Id != t.SchoolId && s.HasStage(t.Stage)).ToList();
            return others.Count == 0 ? null : others[turn++ % others.Count].Id.Value;
        }
        var teachers = county.Dataset.Teachers.OrderBy(t => t.Id).ToList();
        var transfers = RotationMetrics.Targets(county.Status.Values.Count(s => s.Eligible), county.Policy).Rotated;
        var movers = teachers.Where(t => county.Status[t.Id].Eligible).Take(transfers).ToList();
        var sharers = teachers.Where(t => county.Status[t.Id].Movable).Except(movers).Take(itinerant);
        var heads = teachers.Where(t => t.IsPrincipal).Take(principals);
        var rows = movers.Select(t => (t, AssignmentKind.Transfer, (Subject?)t.Subject, 1m))
            .Concat(sharers.Select(t => (t, AssignmentKind.Itinerant, (Subject?)t.Subject, 0.2m)))
            .Concat(heads.Select(t => (t, AssignmentKind.Principal, (Subject?)null, 1m)))
            .Select(x => (x, to: Other(x.t)))
            .Where(x => x.to is not null)
            .Select(x => Make.Row(x.x.t, x.x.Item2, x.to!, x.x.Item3, Reason, x.x.Item4, county.Policy));
        return new Plan(rows.ToList());
    }
}
