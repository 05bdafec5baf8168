namespace Jiaoling.Rotation.Domain.Metrics;

/// <summary>
/// What HR sees of a county before planning: the before half of the metrics, how many teachers are
/// eligible and why the others are not, the heads the policy asks to rotate, unmet demand per school,
/// each indicator's CV against the standard, school stages with oversize classes or schools too big, each
/// school's teachers against the staffing norm, and the schools that need a resource teacher (item 10).
/// </summary>
public sealed record Diagnosis(
    County County,
    CountyMetrics Before,
    IReadOnlyDictionary<IneligibilityReason, int> ByReason,
    int RotatedTarget,
    int BackboneTarget,
    IReadOnlyList<UnmetDemand> Unmet,
    IReadOnlyList<CvCheck> CvChecks,
    IReadOnlyList<OversizeClasses> OversizeClasses,
    IReadOnlyList<OversizeSchool> OversizeSchools,
    IReadOnlyList<StaffingLevel> Staffing,
    IReadOnlyList<ResourceTeachers> ResourceTeachers)
{
    public static Diagnosis Of(County county)
    {
        var before = CountyMetrics.Measure(county, Plan.Empty);
        var byReason = IneligibilityLabels.Table.Values.ToDictionary(r => r, _ => 0);
        foreach (var status in county.Status.Values)
        {
            byReason[status.Reason]++;
        }
        var (rotated, backbone) = RotationMetrics.Targets(before.Rotation.Eligible, county.Policy);
        return new Diagnosis(county, before, byReason, rotated, backbone,
            before.Unmet.Where(kv => kv.Value > 0)
                .OrderBy(kv => kv.Key.School).ThenBy(kv => kv.Key.Stage).ThenBy(kv => kv.Key.Subject)
                .Select(kv => new UnmetDemand(kv.Key, county.Required(kv.Key), before.Supply.GetValueOrDefault(kv.Key)))
                .ToList(),
            CountyMetrics.Stages
                .SelectMany(s => StageIndicators.All.Select(i =>
                    new CvCheck(s, i, before.Indicators[s][i].Cv, BalanceStandards.MaxCv(s))))
                .ToList(),
            county.Dataset.Schools
                .SelectMany(s => CountyMetrics.Stages.Select(st => (School: s, Stage: st, Enrolment: s.Enrolment(st))))
                .Where(x => x.Enrolment.Classes > 0
                    && x.Enrolment.Students > BalanceStandards.MaxClassSize(x.Stage) * x.Enrolment.Classes)
                .Select(x => new OversizeClasses(x.School, x.Stage, x.Enrolment.Students, x.Enrolment.Classes,
                    BalanceStandards.MaxClassSize(x.Stage)))
                .ToList(),
            county.Dataset.Schools
                .Where(s => s.Students > BalanceStandards.MaxStudents(s.Level))
                .Select(s => new OversizeSchool(s, s.Students, BalanceStandards.MaxStudents(s.Level)))
                .ToList(),
            county.Dataset.Schools
                .Select(s => StaffingLevel.Of(s, county.Headcount[s.Id]))
                .OfType<StaffingLevel>()
                .ToList(),
            Metrics.ResourceTeachers.Of(county, before));
    }
}
