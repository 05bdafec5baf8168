using System.Globalization;
using Jiaoling.Rotation.Domain.Metrics;

namespace Jiaoling.Rotation.Planning.Terminal;

/// <summary>
/// One progress report as a line of Chinese: "第 2/5 步 每校最低标准：未达到最低标准的学校×指标 45 项 → 38 项，已用 34 秒，约剩 20 秒".
/// </summary>
public static class ProgressLine
{
    public static string Of(PlanProgress p)
    {
        var spent = $"已用 {Seconds(p.Elapsed)} 秒";
        if (p.Activity is { } activity)
        {
            return $"{activity}，{spent}";
        }
        if (p.Step == 0 || p.Level is null)
        {
            return $"正在准备求解，{spent}";
        }
        var changes = p.Changes.Count > 0 ? "：" + string.Join("，", p.Changes) : "";
        var time = p.StepDone ? $"，本步完成，{spent}" : $"，{spent}，约剩 {Seconds(Left(p))} 秒";
        return $"第 {p.Step}/{p.Steps} 步 {ObjectiveLabels.Name(p.Level)}{changes}{time}";
    }

    /// <summary>The time the run may still take to solve: what is left of its limit.</summary>
    public static TimeSpan Left(PlanProgress p) => p.TimeLimit > p.Elapsed ? p.TimeLimit - p.Elapsed : TimeSpan.Zero;

    private static string Seconds(TimeSpan t) => Math.Round(t.TotalSeconds).ToString("0", CultureInfo.InvariantCulture);
}
