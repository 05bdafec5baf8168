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
/// <param name="Why">Null when the host ends no worse off than before the return; otherwise the reason in Chinese, naming the rule ids.</param>
public sealed record ReturnVacancy(Assignment Return, decimal Before, decimal AfterReturn, decimal After,
    IReadOnlyList<Assignment> FilledBy, string? Why)
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
            var why = afterPlan <= before + Tolerance.Value ? null : Reason(county, key, planned, after);
            return new ReturnVacancy(r, before, Supply.Unmet(required, county.SupplyBaseline.GetValueOrDefault(key)), afterPlan, filledBy, why);
        }).ToList();
    }

    /// <summary>
    /// Why no one of the stage and subject could be sent: nobody eligible and free teaches it (eligibility,
    /// subject_match), or every such teacher is needed where they are (no_new_shortage).
    /// </summary>
    private static string Reason(County county, DemandKey key, HashSet<TeacherId> planned, IReadOnlyDictionary<DemandKey, decimal> after)
    {
        var free = county.Dataset.Teachers
            .Where(t => t.SchoolId != key.School && t.Stage == key.Stage && t.CanTeach(key.Subject) && !t.IsPrincipal
                && !planned.Contains(t.Id) && county.Status[t.Id].MayTransfer && t.Willing != Willingness.No)
            .ToList();
        if (free.Count == 0)
        {
            return "全县没有其他符合交流条件、愿意交流且能教该学段该学科的教师（eligibility、subject_match）";
        }
        var spare = free.Count(t =>
        {
            var home = new DemandKey(t.SchoolId, key.Stage, key.Subject);
            return after.GetValueOrDefault(home) - 1m >= county.Required(home) - Tolerance.Value;
        });
        return spare == 0
            ? $"符合条件的 {free.Count} 名该学科教师调出都会使本校出现新缺口（no_new_shortage）"
            : $"符合条件且本校有富余的 {spare} 名该学科教师已用于更紧缺的学校或受调出上限、达标线限制（outflow_cap、keep_standards）";
    }
}
