namespace Jiaoling.Rotation.Domain;

/// <summary>
/// Derives demand from class counts and curriculum norms when the county gives no demand.csv:
/// classes × weekly periods ÷ a teacher's weekly load per subject, rounded to one decimal, raised to the
/// minimum posts of the norms (psychology at every school, rural PE, resource teacher), and completed
/// with a row of 0 for every school × stage × subject that has teachers but no derived demand.
/// </summary>
public static class DemandDerivation
{
    /// <summary>The derived demand, rows of 0 left out (what the sample generator staffs schools from).</summary>
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

    /// <summary>
    /// The demand table a run without demand.csv uses and writes: the derived rows plus a row of 0 for every
    /// school × stage × subject where a teacher or principal is posted and nothing was derived, so that no
    /// combination is left to the contract's supply rule. Ordered by school, stage and subject.
    /// </summary>
    public static IReadOnlyList<DemandEntry> Complete(IEnumerable<School> schools, IEnumerable<Teacher> teachers, DemandNorms norms)
    {
        var derived = Derive(schools, norms);
        var keys = derived.Select(d => d.Key).ToHashSet();
        return derived
            .Concat(teachers.Select(t => new DemandKey(t.SchoolId, t.Stage, t.Subject)).Where(keys.Add)
                .Select(k => new DemandEntry(k, 0m)))
            .OrderBy(d => d.Key.School).ThenBy(d => d.Key.Stage).ThenBy(d => d.Key.Subject)
            .ToList();
    }

    private static void ApplyMinimums(School school, DemandNorms norms, Dictionary<Subject, decimal> fte)
    {
        // Every school with students has a psychology teacher (2023 national action plan), full-time from the
        // threshold on and part-time below it, served by an itinerant share (county plan item 9).
        var psychology = school.Students >= norms.PsychologyMinStudents ? 1m : norms.PsychologyPartTimeFte;
        if (school.Students > 0)
        {
            fte[Subject.PSY] = Math.Max(fte.GetValueOrDefault(Subject.PSY), psychology);
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
