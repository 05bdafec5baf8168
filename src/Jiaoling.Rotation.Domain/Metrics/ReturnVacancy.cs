namespace Jiaoling.Rotation.Domain.Metrics;

/// <summary>
/// The post a returning teacher leaves at the host school (期满返回后的空缺): the host's unmet demand in that stage
/// and subject before the return, after the return alone, and after the whole plan; who the plan sends there in
/// that stage and subject; and, when the school ends worse off than before the return, why nobody could be sent.
/// </summary>
/// <param name="Return">The return row (from the host school to the post school).</param>
/// <param name="Before">Host's unmet demand (FTE) in the stage and subject before the return.</param>
/// <param name="AfterReturn">The same once the teacher has gone back, before this plan sends anyone.</param>
/// <param name="After">The same after the whole plan.</param>
/// <param name="FilledBy">Rows of the plan that bring a teacher of that stage and subject to the host school.</param>
/// <param name="Candidates">
/// When the host ends worse off: the teachers who could still be sent — eligible (or volunteers), not unwilling, not in the
/// plan, of the stage and subject, from a school with a teacher to spare after the plan (above what no_new_shortage
/// makes it keep, <see cref="County.MustKeep"/>) — nearest first.
/// </param>
/// <param name="Why">Null when the host ends no worse off than before the return; otherwise the reason in Chinese, naming the rule ids.</param>
public sealed record ReturnVacancy(Assignment Return, decimal Before, decimal AfterReturn, decimal After,
    IReadOnlyList<Assignment> FilledBy, IReadOnlyList<Teacher> Candidates, string? Why)
{
    /// <summary>Whether the host school ends the year with no more unmet demand in the stage and subject than before the return.</summary>
    public bool Filled => Why is null;

    /// <summary>One entry per return row of the plan, in the plan's order.</summary>
    public static IReadOnlyList<ReturnVacancy> Of(County county, Plan plan)
    {
        var after = Supply.Of(county.Dataset.Teachers, plan);
        var planned = plan.Assignments.Select(a => a.TeacherId).ToHashSet();
        return plan.Assignments.Where(a => a.Kind == AssignmentKind.Return && a.Subject is not null).Select(r =>
        {
            var key = new DemandKey(r.From, r.Stage, r.Subject!.Value);
            var required = county.Required(key);
            var before = Supply.Unmet(required, county.SupplyBefore.GetValueOrDefault(key));
            var afterPlan = Supply.Unmet(required, after.GetValueOrDefault(key));
            var filledBy = plan.Assignments
                .Where(a => a.To == r.From && a.Kind != AssignmentKind.Return && a.Stage == r.Stage && a.Subject == r.Subject)
                .ToList();
            var afterReturn = Supply.Unmet(required, county.SupplyBaseline.GetValueOrDefault(key));
            if (afterPlan <= before + Tolerance.Value)
            {
                return new ReturnVacancy(r, before, afterReturn, afterPlan, filledBy, [], null);
            }
            var candidates = Sendable(county, key, planned, after);
            return new ReturnVacancy(r, before, afterReturn, afterPlan, filledBy, candidates, Unsent(candidates.Count, null));
        }).ToList();
    }

    /// <summary>
    /// Why nobody was sent, given which rules sending each candidate would break (rule ids; empty when at least one
    /// candidate breaks none; null when not checked): nobody to send (eligibility), every candidate blocked, or candidates
    /// left unsent.
    /// </summary>
    public static string Unsent(int candidates, IReadOnlyCollection<string>? broken) => (candidates, broken?.Count) switch
    {
        (0, _) => "全县没有其他符合交流条件、愿意交流、本校又有富余的该学段该学科教师（eligibility、no_new_shortage）",
        (_, null) => $"有 {candidates} 名可派的该学科教师未派",
        (_, 0) => $"有 {candidates} 名可派的该学科教师，本方案把调动用在了缺口更大的学校（复核时可要求调派）",
        _ => $"可派的 {candidates} 名该学科教师调来都会违反规则（{string.Join("、", broken)}）",
    };

    private static List<Teacher> Sendable(County county, DemandKey key, HashSet<TeacherId> planned, IReadOnlyDictionary<DemandKey, decimal> after) =>
        county.Dataset.Teachers
            .Where(t => t.SchoolId != key.School && t.Stage == key.Stage && t.CanTeach(key.Subject) && !t.IsPrincipal
                && !planned.Contains(t.Id) && county.Status[t.Id].MayTransfer && t.Willing != Willingness.No)
            .Where(t => after.GetValueOrDefault(new DemandKey(t.SchoolId, key.Stage, key.Subject)) - 1m
                        >= county.MustKeep(new DemandKey(t.SchoolId, key.Stage, key.Subject)) - Tolerance.Value)
            .OrderBy(t => county.Distances.Km(t.SchoolId, key.School))
            .ThenBy(t => t.Id)
            .ToList();
}
