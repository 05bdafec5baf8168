namespace Jiaoling.Rotation.Domain.Metrics;

/// <summary>How reports name the planner's objective levels: the Chinese name with the level's id beside it.</summary>
public static class ObjectiveLabels
{
    public static string Display(string level) => level switch
    {
        "shortage" => "紧缺学科缺口（shortage）",
        "balance" => "校际均衡（balance）",
        "stability" => "与上一版方案的差异（stability）",
        "disruption" => "对教师的扰动（disruption）",
        _ => level,
    };
}
