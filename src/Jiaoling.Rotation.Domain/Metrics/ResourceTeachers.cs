namespace Jiaoling.Rotation.Domain.Metrics;

/// <summary>
/// County plan item 10: an ordinary school with at least the norm's number of special-needs students
/// (5 by default) has a full-time resource teacher. One entry per such school: its special-needs students
/// and the SPED FTE supplied there.
/// </summary>
public sealed record ResourceTeachers(School School, int SpecialNeedsStudents, decimal Supplied)
{
    /// <summary>Whether the school has a full-time resource teacher's worth of SPED supply.</summary>
    public bool Compliant => Supplied >= 1m;

    /// <summary>The schools item 10 concerns, with the SPED supply of a measured plan.</summary>
    public static IReadOnlyList<ResourceTeachers> Of(County county, CountyMetrics measured) => county.Dataset.Schools
        .Where(s => s.SpecialNeedsStudents >= county.Policy.DemandNorms.ResourceTeacherMinStudents && s.SpecialNeedsStudents > 0)
        .OrderBy(s => s.Id)
        .Select(s => new ResourceTeachers(s, s.SpecialNeedsStudents,
            CountyMetrics.Stages.Sum(st => measured.Supply.GetValueOrDefault(new DemandKey(s.Id, st, Subject.SPED)))))
        .ToList();
}
