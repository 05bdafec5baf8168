using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Domain.Metrics;
using Jiaoling.Rotation.Notices;

namespace Jiaoling.Rotation.Planning.Terminal;

/// <summary>
/// Every figure the county is judged on that is worse after the plan than before, one Chinese sentence each:
/// the shortage, the resource teachers of item 10, per stage the schools meeting each minimum and all three,
/// the summed shortfall, each indicator's county value and each CV.
/// </summary>
public static class Worse
{
    public static IReadOnlyList<string> Of(RenderInput input)
    {
        var (before, after) = (input.Before, input.After);
        var found = new List<string>();
        if (after.ShortageFte > before.ShortageFte)
        {
            found.Add($"紧缺学科缺额由 {Figures.Fte(before.ShortageFte)} 人增至 {Figures.Fte(after.ShortageFte)} 人。");
        }
        var (resourceBefore, resourceAfter) = (Compliant(input.County, before), Compliant(input.County, after));
        if (resourceAfter < resourceBefore)
        {
            found.Add($"配有专职资源教师的学校由 {resourceBefore} 所减至 {resourceAfter} 所。");
        }
        foreach (var stage in CountyMetrics.Stages)
        {
            var name = Codes.Stage.Label(stage);
            var (b, a) = (before.Standards[stage], after.Standards[stage]);
            if (a.AllThree < b.AllThree)
            {
                found.Add($"{name}三项最低标准均达到的学校由 {b.AllThree} 所减至 {a.AllThree} 所。");
            }
            foreach (var i in StageIndicators.All)
            {
                var label = name + IndicatorLabels.Short(i);
                if (a[i].Meeting < b[i].Meeting)
                {
                    found.Add($"{label}达到最低标准的学校由 {b[i].Meeting} 所减至 {a[i].Meeting} 所。");
                }
                if (a[i].Shortfall > b[i].Shortfall)
                {
                    found.Add($"{label}距最低标准的差额由 {Figures.Fte(b[i].Shortfall)} 人增至 {Figures.Fte(a[i].Shortfall)} 人。");
                }
                var (vb, va) = (before.Indicators[stage][i], after.Indicators[stage][i]);
                if (va.County < vb.County - Tolerance.Figure)
                {
                    found.Add($"{label}县域每百名学生拥有数由 {Figures.Number(vb.County, 2)} 降至 {Figures.Number(va.County, 2)}。");
                }
                if (va.Cv is { } cvAfter && vb.Cv is { } cvBefore && cvAfter > cvBefore + Tolerance.Figure)
                {
                    found.Add($"{label}差异系数由 {Figures.Number(cvBefore, 3)} 升至 {Figures.Number(cvAfter, 3)}。");
                }
            }
        }
        return found;
    }

    private static int Compliant(County county, CountyMetrics measured) => ResourceTeachers.Of(county, measured).Count(r => r.Compliant);
}
