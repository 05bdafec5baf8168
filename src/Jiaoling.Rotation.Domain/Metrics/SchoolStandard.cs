namespace Jiaoling.Rotation.Domain.Metrics;

/// <summary>
/// The per-school minimums of the 2017 evaluation of high-quality balanced compulsory education, as the
/// data contract defines them: a school's value of a teacher indicator is the teachers it counts × 100 ÷
/// its students in the stage; it meets the standard when the value is at least the policy's minimum
/// (less 1e-9), and its shortfall is max(0, minimum × students ÷ 100 − teachers counted), in teachers.
/// Every report, rule and objective reads the minimums through this one place.
/// </summary>
public static class SchoolStandard
{
    /// <summary>The policy's minimum per 100 students for a stage and indicator.</summary>
    public static decimal Minimum(Policy policy, Stage stage, Indicator indicator) => indicator switch
    {
        Indicator.QualifiedPer100 => stage == Stage.Primary ? policy.StandardQualifiedPrimary : policy.StandardQualifiedJunior,
        Indicator.BackbonePer100 => policy.StandardBackbone,
        Indicator.PeArtPer100 => policy.StandardPeArt,
        _ => throw new ArgumentOutOfRangeException(nameof(indicator), indicator, null),
    };

    /// <summary>Whether <paramref name="counted"/> teachers meet the minimum for <paramref name="students"/> students.</summary>
    public static bool Meets(int counted, int students, decimal minimum) =>
        students > 0 && counted * 100m / students >= minimum - Tolerance.Standard;

    /// <summary>Teachers missing to reach the minimum: max(0, minimum × students ÷ 100 − counted).</summary>
    public static decimal Shortfall(int counted, int students, decimal minimum) =>
        Math.Max(0m, minimum * students / 100m - counted);

    /// <summary>The fewest teachers counted that meet the minimum for the students (0 without students).</summary>
    public static int Needed(int students, decimal minimum)
    {
        if (students <= 0)
        {
            return 0;
        }
        var needed = (int)Math.Ceiling(minimum * students / 100m);
        // The tolerance can admit one teacher fewer only when minimum × students ÷ 100 sits within it of an integer.
        return needed > 0 && Meets(needed - 1, students, minimum) ? needed - 1 : needed;
    }
}
