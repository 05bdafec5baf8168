using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Domain.Metrics;
using Jiaoling.Rotation.Solver.Rules;

namespace Jiaoling.Rotation.Solver.Model;

/// <summary>
/// Groups the teachers who may move into pools of interchangeable teachers. Principals, spouses,
/// teachers named in decisions and teachers whose rows reviewers approved stay individuals, since rules
/// tell them apart. When re-planning, teachers are pooled only with teachers whose rows in the previous
/// plan are the same, so that keeping a row is a matter of counts.
/// </summary>
internal static class PoolBuilder
{
    public static IReadOnlyList<TeacherPool> Build(County county, Revision? revision = null)
    {
        var individuals = IndividualIds(county);
        individuals.UnionWith(revision?.Approved ?? new HashSet<TeacherId>());
        var rows = (revision?.Previous ?? Plan.Empty).Assignments.ToLookup(a => a.TeacherId);
        // A teacher due to return has the return row and no other.
        var returning = county.Baseline.Assignments.Select(a => a.TeacherId).ToHashSet();
        var groups = new Dictionary<string, List<Teacher>>();
        foreach (var t in county.Dataset.Teachers.OrderBy(t => t.Id))
        {
            var status = county.Status[t.Id];
            if (!MayMove(t, status) || returning.Contains(t.Id))
            {
                continue;
            }
            var key = individuals.Contains(t.Id) ? "#" + t.Id.Value : PoolKey(t, status) + PreviousRows(rows[t.Id]);
            if (!groups.TryGetValue(key, out var members))
            {
                groups[key] = members = [];
            }
            members.Add(t);
        }
        var pools = new List<TeacherPool>(groups.Count);
        foreach (var (key, members) in groups.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var first = members[0];
            var name = key.StartsWith('#') ? first.Id.Value : $"{first.SchoolId}·{first.Subject}·{first.Id}+{members.Count - 1}";
            pools.Add(new TeacherPool(pools.Count, name, members, county.Status[first.Id]));
        }
        return pools;
    }

    private static bool MayMove(Teacher t, TeacherStatus s) =>
        EligibilityRule.AllowsPrincipalMove(t) || EligibilityRule.AllowsItinerant(t, s);

    private static HashSet<TeacherId> IndividualIds(County county)
    {
        var ids = county.Dataset.Decisions.Select(d => d.Teacher).ToHashSet();
        foreach (var t in county.Dataset.Teachers)
        {
            if (t.IsPrincipal || (t.SpouseId is { } spouse && county.Teachers.ContainsKey(spouse)))
            {
                ids.Add(t.Id);
            }
        }
        return ids;
    }

    private static string PreviousRows(IEnumerable<Assignment> rows) => string.Concat(rows
        .Select(a => $"|{a.Kind}>{a.To}:{a.Subject}@{a.Share}").Order(StringComparer.Ordinal));

    private static string PoolKey(Teacher t, TeacherStatus s) => string.Join('|',
        t.SchoolId.Value, t.Stage, t.Subject, string.Join(',', t.OtherSubjects.Distinct().Order()),
        t.IsBackbone, StageIndicators.IsQualified(t.Stage, t.Education), s.Eligible, s.Volunteer, t.Willing, t.NeedsRuralService);
}
