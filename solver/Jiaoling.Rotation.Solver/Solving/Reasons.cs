using System.Globalization;
using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Domain.Metrics;
using Jiaoling.Rotation.Solver.Rules;

namespace Jiaoling.Rotation.Solver.Solving;

/// <summary>
/// The short Chinese sentence each row of a finished plan carries: what it serves — the shortage it fills,
/// the per-school minimum it lifts, raises or keeps, the departure it replaces, the room it makes under the
/// sending school's staff quota for the teachers that school receives, a review decision, and the
/// county's 10 % / 20 % quotas only while they are short without it. Reasons print on notices and
/// principals' school pages, so they never reveal an HR-only field (willingness, rural-service need,
/// exemption).
/// </summary>
public static class Reasons
{
    /// <summary>The plan with every row's reason written from the whole plan.</summary>
    public static Plan Explain(County county, Plan plan)
    {
        var facts = new ReasonFacts(county, plan);
        var required = county.Dataset.Decisions.Where(d => d.Kind == DecisionKind.Require && d.School is not null)
            .ToDictionary(d => d.Teacher, d => d.School!.Value);
        var purposes = plan.Assignments.Select(a => a.Kind == AssignmentKind.Transfer
            ? Purposes(facts, county.Teachers[a.TeacherId], a)
            : []).ToList();
        var idle = plan.Assignments.Select((a, k) => (Row: a, Idle: a.Kind == AssignmentKind.Transfer && purposes[k].Count == 0))
            .Where(x => x.Idle).Select(x => county.Teachers[x.Row.TeacherId]).ToList();
        // The quotas are the reason only where the transfers with a purpose fall short of them.
        var quota = new Quota(
            facts.Rotation.Rotated - idle.Count < facts.RotatedTarget,
            facts.Rotation.BackboneRotated - idle.Count(t => t.IsBackbone) < facts.BackboneTarget);
        return new Plan(plan.Assignments.Select((a, k) =>
        {
            var t = county.Teachers[a.TeacherId];
            var to = county.Schools[a.To];
            var reason = a.Kind switch
            {
                AssignmentKind.Principal => Principal(county, t, to),
                AssignmentKind.Return => a.Reason,
                AssignmentKind.Itinerant => $"走教补充{to.Name}{Codes.Subject.Label(a.Subject!.Value)}课程" + Gap(facts, a) + Relief(facts, a),
                _ => Transfer(facts, t, to, purposes[k], required.GetValueOrDefault(t.Id) == a.To, quota),
            };
            return a with { Reason = reason };
        }).ToList());
    }

    /// <summary>Whether the rotated count and the backbone count would fall short without the transfers that serve nothing else.</summary>
    private sealed record Quota(bool RotatedShort, bool BackboneShort);

    private static string Transfer(ReasonFacts facts, Teacher t, School to, List<string> purposes, bool required, Quota quota)
    {
        var all = required ? purposes.Prepend($"按复核决定交流至{to.Name}").ToList() : purposes;
        if (all.Count == 0)
        {
            var toward = Directions.IsToward(facts.County.Schools[t.SchoolId], to) ? "城镇教师到乡村、薄弱学校交流，" : "";
            all.Add(t.IsBackbone && quota.BackboneShort
                ? $"{toward}完成骨干教师交流比例（全县至少 {facts.BackboneTarget} 人）"
                : quota.RotatedShort ? $"{toward}完成全县交流轮岗比例（至少 {facts.RotatedTarget} 人）" : $"{toward}交流轮岗");
        }
        return string.Join("；", all.Take(2));
    }

    /// <summary>What the transfer does at the receiving school beyond the quotas; empty when nothing.</summary>
    private static List<string> Purposes(ReasonFacts facts, Teacher t, Assignment a)
    {
        var purposes = new List<string>();
        var to = facts.County.Schools[a.To];
        var key = new DemandKey(a.To, t.Stage, a.Subject!.Value);
        if (facts.UnmetBefore.GetValueOrDefault(key) > 0)
        {
            purposes.Add($"补充{Kind(to)}{to.Name}{Codes.Subject.Label(key.Subject)}{(Codes.ShortageSubjects.Contains(key.Subject) ? "紧缺" : "缺口")}{Gap(facts, a)}");
        }
        if (facts.Lending.TryGetValue(key, out var served))
        {
            // A hub: the newcomer frees the school's own teachers of the subject to teach where it is lacking.
            var names = string.Join("、", served.Select(id => facts.County.Schools[id].Name));
            purposes.Add($"使{to.Name}{Codes.Subject.Label(key.Subject)}教师可以走教{names}");
        }
        if (facts.Before(a.To, t.Stage) is { } before && facts.After(a.To, t.Stage) is { } after)
        {
            // A minimum reached or kept reads before one merely raised.
            purposes.AddRange(StageIndicators.All
                .Where(i => StageIndicators.Counts(i, t, key.Subject))
                .Select(i => Standard(facts.County.Policy, to, before, after, i))
                .OfType<(int Rank, string Text)>()
                .OrderBy(x => x.Rank)
                .Select(x => x.Text));
        }
        if (purposes.Count == 0 && facts.Departures.Contains(key))
        {
            purposes.Add($"接替{to.Name}调出的{Codes.Subject.Label(key.Subject)}教师，保持该校学科教师数");
        }
        if (purposes.Count == 0 && facts.Full.Contains(t.SchoolId))
        {
            var from = facts.County.Schools[t.SchoolId];
            purposes.Add($"为{from.Name}腾出编制（核定 {StaffQuota.MaxHeadcount(facts.County, from.Id)} 人），以接收调入该校的教师");
        }
        return purposes;
    }

    private static (int Rank, string Text)? Standard(Policy policy, School to, SchoolIndicators before, SchoolIndicators after, Indicator i)
    {
        var minimum = SchoolStandard.Minimum(policy, before.Stage, i);
        bool metBefore = StageStandards.Meets(policy, before, i), metAfter = StageStandards.Meets(policy, after, i);
        var what = $"{to.Name}每百名学生{IndicatorLabels.Short(i)}数";
        var values = $"{Num(before.Per100(i))} → {Num(after.Per100(i))}，标准 {minimum.ToString(CultureInfo.InvariantCulture)}";
        return (metBefore, metAfter) switch
        {
            (false, true) => (0, $"使{what}达标（{values}）"),
            (false, false) when after.Count(i) > before.Count(i) => (2, $"提高{what}（{values}）"),
            (true, true) when after.Count(i) == SchoolStandard.Needed(after.Students, minimum) && after.Count(i) <= before.Count(i) =>
                (1, $"保持{what}达标（{values}）"),
            _ => null,
        };
    }

    private static string Principal(County county, Teacher principal, School to) =>
        PrincipalRotation.IsDue(county, principal)
            ? $"校长在同一学校任职满{county.Policy.PrincipalMaxYears}年，交流至{to.Name}任校长"
            : $"接任{to.Name}校长（原校长交流）";

    /// <summary>The receiving key's gap before the plan, as "（原缺 1.0 人）", or nothing when it had none.</summary>
    private static string Gap(ReasonFacts facts, Assignment a) =>
        facts.UnmetBefore.GetValueOrDefault(new DemandKey(a.To, a.Stage, a.Subject!.Value)) is var gap and > 0
            ? $"（原缺 {gap.ToString("0.0", CultureInfo.InvariantCulture)} 人）"
            : "";

    /// <summary>
    /// For a share to a school with no gap that a teacher of the subject leaves whole: "，接替该校整岗调出教师的课时".
    /// </summary>
    private static string Relief(ReasonFacts facts, Assignment a)
    {
        var key = new DemandKey(a.To, a.Stage, a.Subject!.Value);
        return facts.UnmetBefore.GetValueOrDefault(key) <= 0 && facts.Departures.Contains(key) ? "，接替该校整岗调出教师的课时" : "";
    }

    private static string Num(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Kind(School s) => s switch
    {
        { TeachingPoint: true } => "教学点",
        { Area: Area.Rural } => "乡村学校",
        { Weak: true } => "薄弱学校",
        _ => "",
    };
}
