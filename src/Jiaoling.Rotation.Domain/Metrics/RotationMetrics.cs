namespace Jiaoling.Rotation.Domain.Metrics;

/// <summary>
/// How much a plan rotates, as metrics.json reports it and as the rules <c>min_exchange_ratio</c> and
/// <c>min_backbone_share</c> count it.
/// </summary>
/// <param name="Eligible">Teachers eligible for rotation (符合交流条件).</param>
/// <param name="Rotated">Distinct teachers of schools in the exchange scope with a transfer row.</param>
/// <param name="Ratio">Rotated ÷ eligible; null when no teacher is eligible.</param>
/// <param name="BackboneRotated">Backbone teachers among the rotated.</param>
/// <param name="BackboneShare">Backbone rotated ÷ rotated; null when none rotated.</param>
/// <param name="PrincipalsMoved">Principal rows.</param>
/// <param name="PrincipalsDue">Principals who must rotate under principal_rotation (led the school long enough, not exempt, not near retirement).</param>
/// <param name="ItinerantTeachers">Distinct teachers with itinerant rows.</param>
/// <param name="Directions">The rotated teachers' transfers by sending → receiving place.</param>
/// <param name="Returns">Return rows: teachers back at the school holding their post when their term ended.</param>
/// <param name="RotatedBefore">Rotated teachers who had rotated before (a <c>last_rotation_end</c> is given).</param>
/// <param name="UnwillingMoved">Distinct teachers who said they are unwilling (交流意愿 不愿意) with any row of the plan.</param>
public sealed record RotationMetrics(
    int Eligible,
    int Rotated,
    double? Ratio,
    int BackboneRotated,
    double? BackboneShare,
    int PrincipalsMoved,
    int PrincipalsDue,
    int ItinerantTeachers,
    Directions Directions,
    int Returns,
    int RotatedBefore,
    int UnwillingMoved)
{
    public static RotationMetrics Measure(County county, Plan plan)
    {
        var eligible = county.Status.Values.Count(s => s.Eligible);
        var rotated = RotatedTeachers(county, plan);
        var backbone = rotated.Count(t => t.IsBackbone);
        return new RotationMetrics(
            eligible,
            rotated.Count,
            eligible == 0 ? null : (double)rotated.Count / eligible,
            backbone,
            rotated.Count == 0 ? null : (double)backbone / rotated.Count,
            plan.Assignments.Count(a => a.Kind == AssignmentKind.Principal),
            county.Dataset.Teachers.Count(t => t.IsPrincipal && Eligibility.PrincipalDue(t, county.Status[t.Id], county.Policy)),
            plan.Assignments.Where(a => a.Kind == AssignmentKind.Itinerant).Select(a => a.TeacherId).Distinct().Count(),
            CountedDirections(county, plan, rotated),
            plan.Assignments.Count(a => a.Kind == AssignmentKind.Return),
            rotated.Count(t => t.LastRotationEnd is not null),
            plan.Assignments.Where(a => a.Kind != AssignmentKind.Return).Select(a => a.TeacherId).Distinct()
                .Count(id => county.Teachers.GetValueOrDefault(id)?.Willing == Willingness.No));
    }

    /// <summary>
    /// The teachers <c>min_exchange_ratio</c> counts: distinct teachers with a transfer row whose school
    /// is in the exchange scope (the whole county, or only urban and town schools). Principals and
    /// itinerant shares never count.
    /// </summary>
    public static IReadOnlyList<Teacher> RotatedTeachers(County county, Plan plan) => plan.Assignments
        .Where(a => a.Kind == AssignmentKind.Transfer)
        .Select(a => a.TeacherId)
        .Distinct()
        .Select(id => county.Teachers.GetValueOrDefault(id))
        .OfType<Teacher>()
        .Where(t => !t.IsPrincipal && Eligibility.InExchangeScope(county.Schools[t.SchoolId], county.Policy))
        .ToList();

    private static Directions CountedDirections(County county, Plan plan, IReadOnlyList<Teacher> rotated)
    {
        // One row per rotated teacher (a plan that breaks one_move may hold more); a row naming an unknown
        // school, which only check meets, has no direction.
        var counted = rotated.ToDictionary(t => t.Id);
        return Directions.Count(plan.Assignments
            .Where(a => a.Kind == AssignmentKind.Transfer && counted.ContainsKey(a.TeacherId) && county.Schools.ContainsKey(a.To))
            .DistinctBy(a => a.TeacherId)
            .Select(a => (county.Schools[counted[a.TeacherId].SchoolId], county.Schools[a.To])));
    }

    /// <summary>
    /// The least numbers of heads the policy asks for: ⌈min_exchange_ratio × eligible⌉ rotated and, of
    /// those, ⌈min_backbone_share × that⌉ backbone teachers (products in decimal, as the contract says).
    /// </summary>
    public static (int Rotated, int Backbone) Targets(int eligible, Policy policy)
    {
        var rotated = (int)Math.Ceiling(policy.MinExchangeRatio * eligible);
        return (rotated, (int)Math.Ceiling(policy.MinBackboneShare * rotated));
    }
}
