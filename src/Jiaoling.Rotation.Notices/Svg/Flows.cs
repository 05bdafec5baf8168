using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Notices.Svg;

/// <summary>
/// The plan's rows between places: grouped by the place each school belongs to (its town, or the school
/// itself) and by kind, counting people, not rows — an itinerant teacher sharing two schools of one town
/// counts once towards that town.
/// </summary>
internal static class Flows
{
    public static IReadOnlyList<FlowLink> Between(County county, Plan plan, Func<School, string> place) =>
        Rows(county, plan)
            .GroupBy(r => (From: place(r.From), To: place(r.To), r.Row.Kind))
            .Select(g => new FlowLink(g.Key.From, g.Key.To, g.Key.Kind, g.Select(r => r.Row.TeacherId).Distinct().Count()))
            .OrderBy(l => l.From, StringComparer.Ordinal).ThenBy(l => l.To, StringComparer.Ordinal).ThenBy(l => l.Kind)
            .ToList();

    /// <summary>The people with at least one row that the filter keeps (all kinds together).</summary>
    public static int People(County county, Plan plan, Func<School, School, bool> keep) =>
        Rows(county, plan).Where(r => keep(r.From, r.To)).Select(r => r.Row.TeacherId).Distinct().Count();

    /// <summary>The rows between two schools of the county; a row naming an unknown school has no place on a map.</summary>
    private static IEnumerable<(Assignment Row, School From, School To)> Rows(County county, Plan plan) =>
        plan.Assignments
            .Where(a => a.From != a.To && county.Schools.ContainsKey(a.From) && county.Schools.ContainsKey(a.To))
            .Select(a => (a, county.Schools[a.From], county.Schools[a.To]));
}
