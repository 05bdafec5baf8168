namespace Jiaoling.Rotation.Domain;

/// <summary>
/// Derives demand from class counts and curriculum norms when the county gives no demand.csv:
/// classes × weekly periods ÷ a teacher's weekly load per subject, rounded to one decimal, raised to the
/// minimum posts of the county plan (psychology, rural PE, resource teacher).
/// </summary>
public static class DemandDerivation
{
    public static IReadOnlyList<DemandEntry> Derive(IEnumerable<School> schools, DemandNorms norms)
    {
        var result = new List<DemandEntry>();
        foreach (var school in schools.OrderBy(s => s.Id))
        {
            var stages = new[] { Stage.Primary, Stage.Junior }
                .Where(st => school.HasStage(st) && school.Enrolment(st).Classes > 0)
                .ToList();
            if (stages.Count == 0)
            {
                continue;
            }
            var main = stages.MaxBy(st => school.Enrolment(st).Students);
            foreach (var stage in stages)
            {
                var fte = norms.PeriodsPerClass[stage].ToDictionary(
                    kv => kv.Key,
                    kv => Math.Round(school.Enrolment(stage).Classes * kv.Value / norms.WeeklyLoad[stage], 1,
                        MidpointRounding.AwayFromZero));
                if (stage == main)
                {
                    ApplyMinimums(school, norms, fte);
                }
                result.AddRange(fte.Where(kv => kv.Value > 0)
                    .OrderBy(kv => kv.Key)
                    .Select(kv => new DemandEntry(new DemandKey(school.Id, stage, kv.Key), kv.Value)));
            }
        }
        return result;
    }

    private static void ApplyMinimums(School school, DemandNorms norms, Dictionary<Subject, decimal> fte)
    {
        if (school.Students >= norms.PsychologyMinStudents)
        {
            fte[Subject.PSY] = Math.Max(fte.GetValueOrDefault(Subject.PSY), 1m);
        }
        if (school.Area == Area.Rural && school.Students >= norms.RuralPeMinStudents)
        {
            fte[Subject.PE] = Math.Max(fte.GetValueOrDefault(Subject.PE), 1m);
        }
        if (school.SpecialNeedsStudents >= norms.ResourceTeacherMinStudents)
        {
            fte[Subject.SPED] = Math.Max(fte.GetValueOrDefault(Subject.SPED), 1m);
        }
    }
}
