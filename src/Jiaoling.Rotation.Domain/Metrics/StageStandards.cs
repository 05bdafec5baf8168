namespace Jiaoling.Rotation.Domain.Metrics;

/// <summary>
/// How the schools of one stage stand against the per-school minimums (see <see cref="SchoolStandard"/>):
/// a tally per indicator, the number of schools meeting all three, and the number whose three teacher
/// indicators allow the evaluation's "six of seven, the seventh at 85 %" pass (<see cref="AllowsPass"/>).
/// </summary>
public sealed record StageStandards(Stage Stage, IReadOnlyDictionary<Indicator, StandardTally> Tallies, int AllThree, int PassReading)
{
    public StandardTally this[Indicator indicator] => Tallies[indicator];

    /// <summary>Tallies the schools of a measured stage against the policy's minimums.</summary>
    public static StageStandards Measure(Policy policy, StageIndicators stage)
    {
        var tallies = StageIndicators.All.ToDictionary(i => i, i =>
        {
            var minimum = SchoolStandard.Minimum(policy, stage.Stage, i);
            return new StandardTally(minimum, stage.Schools.Count,
                stage.Schools.Count(s => Meets(policy, s, i)),
                stage.Schools.Sum(s => SchoolStandard.Shortfall(s.Count(i), s.Students, minimum)));
        });
        return new StageStandards(stage.Stage, tallies, stage.Schools.Count(s => MeetsAll(policy, s)),
            stage.Schools.Count(s => AllowsPass(policy, s)));
    }

    /// <summary>Whether one school's row meets the minimum of the indicator.</summary>
    public static bool Meets(Policy policy, SchoolIndicators school, Indicator indicator) =>
        SchoolStandard.Meets(school.Count(indicator), school.Students, SchoolStandard.Minimum(policy, school.Stage, indicator));

    /// <summary>
    /// The evaluation passes a school with six of its seven resource indicators met and the seventh at 85 %
    /// or more of its minimum. Of the seven, the data holds the three teacher indicators: whether those
    /// allow a pass — all three met, or two met and the third at 85 % or more — assuming the four facility
    /// indicators (teaching and sports space, equipment, multimedia classrooms) are all met.
    /// </summary>
    public static bool AllowsPass(Policy policy, SchoolIndicators school)
    {
        var missed = StageIndicators.All.Where(i => !Meets(policy, school, i)).ToList();
        return missed.Count == 0 || (missed.Count == 1
            && (decimal)school.Per100(missed[0]) >= NearMiss * SchoolStandard.Minimum(policy, school.Stage, missed[0]) - Tolerance.Standard);
    }

    /// <summary>The share of its minimum the one indicator a school misses must reach for a pass.</summary>
    public const decimal NearMiss = 0.85m;

    /// <summary>Whether one school's row meets all three minimums of its stage.</summary>
    public static bool MeetsAll(Policy policy, SchoolIndicators school) =>
        StageIndicators.All.All(i => Meets(policy, school, i));
}
