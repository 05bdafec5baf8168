namespace Jiaoling.Rotation.Domain.Metrics;

/// <summary>
/// The national standards a diagnosis holds the county against (教督〔2017〕6号 and the county plan
/// 蕉府办〔2022〕1号 item 4): the largest coefficient of variation of each indicator, the largest average
/// class size and the large-class bands, the staffing norm, and the largest school.
/// </summary>
public static class BalanceStandards
{
    /// <summary>Largest inter-school CV of an indicator: 0.50 for 小学, 0.45 for 初中.</summary>
    public static double MaxCv(Stage stage) => stage == Stage.Primary ? 0.50 : 0.45;

    /// <summary>Largest average class size: 45 for 小学, 50 for 初中.</summary>
    public static int MaxClassSize(Stage stage) => stage == Stage.Primary ? 45 : 50;

    /// <summary>Average class size from which classes are large (大班额, 56–65) and very large (超大班额, ≥ 66).</summary>
    public const int LargeClass = 56;

    /// <inheritdoc cref="LargeClass"/>
    public const int VeryLargeClass = 66;

    /// <summary>Students per teaching post of the unified staffing norm (2014): 19 for 小学, 13.5 for 初中.</summary>
    public static decimal StudentsPerPost(Stage stage) => stage == Stage.Primary ? 19m : 13.5m;

    /// <summary>Largest school: 2,000 students, 2,500 for a nine-year school.</summary>
    public static int MaxStudents(SchoolLevel level) => level == SchoolLevel.NineYear ? 2500 : 2000;
}
