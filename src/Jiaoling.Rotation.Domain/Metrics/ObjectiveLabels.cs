using System.Globalization;

namespace Jiaoling.Rotation.Domain.Metrics;

/// <summary>
/// How reports and the console name the planner's objective levels, and say in words how far each level
/// is from its proven bound.
/// </summary>
public static class ObjectiveLabels
{
    /// <summary>
    /// Above this gap a bound proves too little to call the plan near the best: the words then say it was
    /// not proven rather than print a large percentage HR would read as "74 % wrong".
    /// </summary>
    public const double ProvenGapLimit = 0.20;

    /// <summary>The level's plain Chinese name: 紧缺学科缺口, 每校最低标准, ….</summary>
    public static string Name(string level) => level switch
    {
        "shortage" => "紧缺学科缺口",
        "standards" => "每校最低标准",
        "cv" => "超标的差异系数",
        "stability" => "与上一版方案的差异",
        "disruption" => "流向与对教师的扰动",
        "balance" => "校际均衡",
        _ => level,
    };

    /// <summary>The Chinese name with the level's id beside it, for tables HR and developers both read.</summary>
    public static string Display(string level) => $"{Name(level)}（{level}）";

    /// <summary>
    /// One sentence on how good the level's result is, its name then <see cref="Verdict"/>:
    /// "紧缺学科缺口：已证明距最优不超过 1.4%".
    /// </summary>
    public static string Words(SolverLevel level) => $"{Name(level.Name)}：{Verdict(level)}";

    /// <summary>
    /// How far the level's result is from the best possible, in words: 已证明最优 (gap 0),
    /// 已证明距最优不超过 1.4% (a gap up to <see cref="ProvenGapLimit"/>), 未能证明（下界为 0） when the solver
    /// proved no positive bound, or 未能证明接近最优 with the share of the value the bound did prove.
    /// </summary>
    public static string Verdict(SolverLevel level)
    {
        if (level.Gap < 0.00005)
        {
            return "已证明最优";
        }
        if (level.Gap <= ProvenGapLimit)
        {
            return $"已证明距最优不超过 {Percent(level.Gap)}";
        }
        if (level.Bound <= 0 && level.Objective > 0)
        {
            return level.Bound == 0 ? "未能证明（下界为 0）" : "未能证明（没有得到下界）";
        }
        // Objectives are penalties (never below 0), so a positive bound is a share of the value reached.
        return level.Objective > 0 && level.Bound > 0
            ? $"未能证明接近最优（已证明的下界只有方案值的 {Percent(level.Bound / level.Objective)}）"
            : "未能证明接近最优";
    }

    private static string Percent(double fraction) =>
        (fraction * 100).ToString(fraction < 0.1 ? "0.0#" : "0", CultureInfo.InvariantCulture) + "%";
}
