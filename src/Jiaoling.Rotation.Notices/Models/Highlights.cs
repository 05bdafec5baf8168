using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Domain.Metrics;

namespace Jiaoling.Rotation.Notices.Models;

/// <summary>The few plain sentences at the top of the report's first page: what the plan achieves, and what got worse.</summary>
internal static class Highlights
{
    public static IReadOnlyList<string> Build(RenderInput input)
    {
        var p = input.County.Policy;
        var r = input.After.Rotation;
        var (rotated, backbone) = RotationMetrics.Targets(r.Eligible, p);
        var quotas = r.Rotated >= rotated && r.BackboneRotated >= backbone ? "均达到政策要求" : "未达到政策要求";
        var lines = new List<string>
        {
            $"本方案安排交流轮岗教师 {r.Rotated} 人，占符合交流条件教师的 {Format.Percent(r.Ratio)}，其中骨干教师 {r.BackboneRotated} 人"
            + $"（{Format.Percent(r.BackboneShare)}），{quotas}；校长交流 {r.PrincipalsMoved} 人，走教教师 {r.ItinerantTeachers} 人。",
            $"计入比例的交流教师中，由城镇学校到乡村、薄弱学校的占 {Format.Percent(r.Directions.TowardShare)}；"
            + $"紧缺学科缺额由 {Format.Fte(input.Before.ShortageFte)} 减少到 {Format.Fte(input.After.ShortageFte)}（折合全职人数）。",
        };
        var standards = CountyMetrics.Stages.Select(s =>
            $"{Format.Stage(s)}由 {input.Before.Standards[s].AllThree} 所变为 {input.After.Standards[s].AllThree} 所");
        lines.Add($"三项教师配置最低标准均达到的学校：{string.Join("，", standards)}"
                  + (p.KeepStandards ? "；没有学校因交流而降到已达到的最低标准以下。" : "。"));
        var cvs = CountyMetrics.Stages.SelectMany(s => StageIndicators.All.Select(i => (Stage: s, Indicator: i,
            Before: input.Before.Indicators[s][i].Cv, After: input.After.Indicators[s][i].Cv, Limit: BalanceStandards.MaxCv(s)))).ToList();
        lines.Add($"六项教师配置差异系数中，交流后达标 {cvs.Count(c => CvCheck.Passes(c.After, c.Limit) == true)} 项（交流前 {cvs.Count(c => CvCheck.Passes(c.Before, c.Limit) == true)} 项）。");
        lines.AddRange(cvs.Where(c => c.Before is { } b && c.After is { } a && a > b + Tolerance.Figure).Select(c =>
            $"注意：{Format.Stage(c.Stage)}{IndicatorLabels.Short(c.Indicator)}差异系数由 {Format.Number(c.Before, 3)} 升至 {Format.Number(c.After, 3)}。"));
        return lines;
    }
}
