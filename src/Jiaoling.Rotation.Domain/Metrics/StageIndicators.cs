namespace Jiaoling.Rotation.Domain.Metrics;

/// <summary>
/// The three teacher indicators of one stage, over the schools with at least one student in it: each
/// school's counts and, per indicator, the county value and the coefficient of variation.
/// </summary>
public sealed record StageIndicators(
    Stage Stage,
    IReadOnlyList<SchoolIndicators> Schools,
    IReadOnlyDictionary<Indicator, IndicatorValue> Values)
{
    /// <summary>All indicators in the order the contract lists them.</summary>
    public static readonly IReadOnlyList<Indicator> All =
        [Indicator.QualifiedPer100, Indicator.BackbonePer100, Indicator.PeArtPer100];

    public IndicatorValue this[Indicator indicator] => Values[indicator];

    /// <summary>The school's row, or null when the school has no students in this stage.</summary>
    public SchoolIndicators? ForSchool(SchoolId school) => Schools.FirstOrDefault(s => s.School == school);

    /// <summary>
    /// Measures a stage from postings. A posting counts at its school in its teacher's stage; postings at
    /// a school without students in that stage are left out, principals count like teachers.
    /// </summary>
    public static StageIndicators Measure(Stage stage, IEnumerable<School> schools, IEnumerable<Posting> postings)
    {
        var bySchool = postings.Where(p => p.Stage == stage).ToLookup(p => p.School);
        var rows = schools
            .Where(s => s.Enrolment(stage).Students > 0)
            .OrderBy(s => s.Id)
            .Select(s => Count(s, stage, bySchool[s.Id]))
            .ToList();
        var students = rows.Sum(r => r.Students);
        var values = All.ToDictionary(i => i, i =>
        {
            var county = students == 0 ? 0 : 100.0 * rows.Sum(r => r.Count(i)) / students;
            var cv = WeightedCv.Of(rows.Select(r => ((double)r.Students, r.Per100(i)))).Cv;
            return new IndicatorValue(county, county == 0 ? null : cv);
        });
        return new StageIndicators(stage, rows, values);
    }

    /// <summary>
    /// Whether the teacher counts for the indicator when teaching <paramref name="subject"/> in the
    /// teacher's stage: above the required education, backbone, or teaching PE, music or art.
    /// </summary>
    public static bool Counts(Indicator indicator, Teacher t, Subject subject) => indicator switch
    {
        Indicator.QualifiedPer100 => IsQualified(t.Stage, t.Education),
        Indicator.BackbonePer100 => t.IsBackbone,
        Indicator.PeArtPer100 => Codes.PeArtSubjects.Contains(subject),
        _ => throw new ArgumentOutOfRangeException(nameof(indicator), indicator, null),
    };

    /// <summary>Whether a teacher's education meets the indicator's bar: 小学 大专+, 初中 本科+.</summary>
    public static bool IsQualified(Stage stage, Education education) =>
        education >= (stage == Stage.Primary ? Education.Associate : Education.Bachelor);

    private static SchoolIndicators Count(School school, Stage stage, IEnumerable<Posting> postings)
    {
        var list = postings.ToList();
        var enrolment = school.Enrolment(stage);
        return new SchoolIndicators(
            school.Id,
            stage,
            enrolment.Students,
            enrolment.Classes,
            list.Count,
            list.Count(p => Counts(Indicator.QualifiedPer100, p.Teacher, p.Subject)),
            list.Count(p => Counts(Indicator.BackbonePer100, p.Teacher, p.Subject)),
            list.Count(p => Counts(Indicator.PeArtPer100, p.Teacher, p.Subject)));
    }
}
