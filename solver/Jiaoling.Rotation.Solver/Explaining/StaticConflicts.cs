using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Domain.Metrics;
using Jiaoling.Rotation.Solver.Rules;

namespace Jiaoling.Rotation.Solver.Explaining;

/// <summary>
/// Decisions that a candidate filter rules out before any search: a <c>require</c> the filters reject, or
/// a <c>stay</c> for a principal who must rotate. Each becomes a sentence naming <c>decisions</c> and the
/// other rule, since the model silently lacks the move otherwise.
/// </summary>
internal static class StaticConflicts
{
    public static IReadOnlyList<string> Find(County county)
    {
        var found = new List<string>();
        foreach (var d in county.Dataset.Decisions)
        {
            if (!county.Teachers.TryGetValue(d.Teacher, out var t))
            {
                continue;
            }
            if (d.Kind == DecisionKind.Stay && t.IsPrincipal && PrincipalRotation.IsDue(county, t))
            {
                found.Add($"{RuleIds.Decisions}: 复核决定 {t.Id}（{t.Name}）留任；{RuleIds.PrincipalRotation}: 该校长在{t.SchoolId}任职已满{county.Policy.PrincipalMaxYears}年，必须交流。");
            }
            if (d is { Kind: DecisionKind.Require, School: { } sid } && county.Schools.TryGetValue(sid, out var school)
                && Require(county, t, school) is { } conflict)
            {
                found.Add($"{RuleIds.Decisions}: 复核决定要求 {t.Id}（{t.Name}）调往 {sid}（{school.Name}）；{conflict}");
            }
        }
        return found;
    }

    private static string? Require(County county, Teacher t, School to)
    {
        var status = county.Status[t.Id];
        var km = county.Distances.Km(t.SchoolId, to.Id);
        if (t.SchoolId == to.Id)
        {
            return $"{RuleIds.OneMove}: 该教师已在此校任职，不能调往本校。";
        }
        if (!t.IsPrincipal && !EligibilityRule.AllowsTransfer(t, status))
        {
            return $"{RuleIds.Eligibility}: 该教师不符合交流条件（{IneligibilityLabels.Table.Label(status.Reason)}），也不是可交流的志愿者。";
        }
        if (!StageMatch.AllowsSchool(t, to))
        {
            return $"{RuleIds.StageMatch}: {to.Name}没有{Codes.Stage.Label(t.Stage)}学段。";
        }
        if (!MaxTransferKm.AllowsMove(county, t.SchoolId, to.Id))
        {
            return $"{RuleIds.MaxTransferKm}: 两校相距 {km:0.0} 公里，超过交流距离上限 {county.Policy.MaxTransferKm:0.#} 公里。";
        }
        return null;
    }
}
