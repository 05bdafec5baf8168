using System.Globalization;

namespace Jiaoling.Rotation.Domain.Metrics;

/// <summary>
/// How reports and the console name the planner's objective levels, and say in words how far each level
/// is from its proven bound.
/// </summary>
public static class ObjectiveLabels
{
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
    /// One sentence on how good the level's result is, from its status and relative gap (0.01 = 1 %):
    /// proven optimal, proven within the gap, or found without a bound strong enough to say.
    /// </summary>
    public static string Words(SolverLevel level)
    {
        var name = Name(level.Name);
        var gap = (level.Gap * 100).ToString(level.Gap < 0.1 ? "0.0#" : "0", CultureInfo.InvariantCulture);
        return level.Gap switch
        {
            _ when level.Status == SolverSummary.Optimal || level.Gap < 0.00005 => $"{name}：已证明为最优",
            <= 0.20 => $"{name}：已证明距最优不超过 {gap}%",
            _ => $"{name}：已在时限内找到方案，但下界不足以证明其距最优多远（差距 {gap}%）",
        };
    }
}
