namespace Jiaoling.Rotation.Domain;

/// <summary>
/// Curriculum and staffing norms that turn class counts into demand when the county gives no
/// demand.csv: weekly periods per class of each subject, a teacher's weekly load, and the minimum posts
/// the county plan asks for (psychology, rural PE, resource teachers). Sources in the project's docs.
/// </summary>
public sealed record DemandNorms
{
    /// <summary>Average weekly periods per class, by stage and subject.</summary>
    public required IReadOnlyDictionary<Stage, IReadOnlyDictionary<Subject, decimal>> PeriodsPerClass { get; init; }

    /// <summary>Weekly teaching periods of one full-time teacher, by stage.</summary>
    public required IReadOnlyDictionary<Stage, decimal> WeeklyLoad { get; init; }

    /// <summary>A school with at least this many students has at least one full-time psychology teacher.</summary>
    public int PsychologyMinStudents { get; init; } = 200;

    /// <summary>The part-time psychology post of a smaller school or teaching point, FTE (0 to leave them none).</summary>
    public decimal PsychologyPartTimeFte { get; init; } = 0.5m;

    /// <summary>A rural school with at least this many students has at least one full-time PE teacher.</summary>
    public int RuralPeMinStudents { get; init; } = 200;

    /// <summary>A school with at least this many special-needs students has a full-time resource teacher.</summary>
    public int ResourceTeacherMinStudents { get; init; } = 5;

    /// <summary>Primary PE: 4 periods a week in grades 1–2 and 3 in grades 3–6, averaged over six grades (10/3).</summary>
    public static readonly decimal PrimaryPe = (2 * 4m + 4 * 3m) / 6;

    /// <summary>One weekly period in two grades of three (IT in grades 3–6 of six and 7–8 of three): 2/3.</summary>
    public static readonly decimal TwoOfThreeGrades = 2m / 3;

    public static readonly DemandNorms Default = new()
    {
        PeriodsPerClass = new Dictionary<Stage, IReadOnlyDictionary<Subject, decimal>>
        {
            [Stage.Primary] = new Dictionary<Subject, decimal>
            {
                [Subject.CHN] = 7.5m, [Subject.MATH] = 4.5m, [Subject.ENG] = 1.5m, [Subject.MORAL] = 2m,
                [Subject.SCI] = 1.5m, [Subject.PE] = PrimaryPe, [Subject.MUS] = 2m, [Subject.ART] = 2m,
                [Subject.IT] = TwoOfThreeGrades,
            },
            [Stage.Junior] = new Dictionary<Subject, decimal>
            {
                [Subject.CHN] = 5.5m, [Subject.MATH] = 5m, [Subject.ENG] = 4m, [Subject.MORAL] = 2m,
                [Subject.HIST] = 2m, [Subject.GEO] = 1.5m, [Subject.PHY] = 1.5m, [Subject.CHEM] = 0.7m,
                [Subject.BIO] = 1.5m, [Subject.PE] = 3m, [Subject.MUS] = 1m, [Subject.ART] = 1m,
                [Subject.IT] = TwoOfThreeGrades,
            },
        },
        WeeklyLoad = new Dictionary<Stage, decimal> { [Stage.Primary] = 16m, [Stage.Junior] = 14m },
    };
}
