using System.Globalization;
using System.Text.Json;
using Jiaoling.Rotation.Data.Store.Review;
using Jiaoling.Rotation.Domain.Metrics;

namespace Jiaoling.Rotation.Web;

/// <summary>The compliance figures of a run's metrics.json and its objections, as HR's dashboard shows them.</summary>
public static class Dashboard
{
    /// <summary>One line of the compliance table: what, and its value in words.</summary>
    public sealed record Figure(string Name, string Value);

    public static IReadOnlyList<Figure> Figures(string? metricsJson)
    {
        if (metricsJson is null)
        {
            return [];
        }
        var m = JsonDocument.Parse(metricsJson).RootElement;
        var rotation = m.GetProperty("rotation");
        var shortage = m.GetProperty("shortage_fte");
        var figures = new List<Figure>
        {
            new("求解状态", m.GetProperty("solver").GetProperty("status").GetString() == SolverSummary.Optimal ? "最优（已证明）" : "可行（未证明最优）"),
            new("应交流人数 / 已交流", $"{rotation.GetProperty("eligible")} / {rotation.GetProperty("rotated")}"),
            new("交流比例", Percent(rotation.GetProperty("ratio"))),
            new("骨干教师占比", Percent(rotation.GetProperty("backbone_share"))),
            new("校长交流", rotation.GetProperty("principals_moved").ToString()),
            new("走教教师", rotation.GetProperty("itinerant_teachers").ToString()),
            new("紧缺学科缺口（调整前 → 后）", $"{Number(shortage.GetProperty("before"))} → {Number(shortage.GetProperty("after"))}"),
        };
        foreach (var stage in m.GetProperty("indicators").EnumerateObject())
        {
            foreach (var indicator in stage.Value.EnumerateObject())
            {
                var before = indicator.Value.GetProperty("before");
                var after = indicator.Value.GetProperty("after");
                figures.Add(new($"{(stage.Name == "primary" ? "小学" : "初中")}{IndicatorName(indicator.Name)}差异系数（前 → 后）",
                    $"{Number(before.GetProperty("cv"))} → {Number(after.GetProperty("cv"))}"));
            }
        }
        return figures;
    }

    /// <summary>
    /// Every objection with HR's ruling on it in words, or whether it may still be ruled on (only those on
    /// the current run are).
    /// </summary>
    public static IReadOnlyList<object> Objections(IReadOnlyList<RowReview> objections, IReadOnlyList<Ruling> rulings, long currentRun)
    {
        var answered = Answered(rulings);
        return objections.Select(o => (object)new
        {
            o.Id,
            o.RunId,
            o.SchoolId,
            o.TeacherId,
            o.Reason,
            o.Login,
            Ruling = answered.TryGetValue(o.Id, out var r) ? RulingText(r) : null,
            Open = o.RunId == currentRun,
        }).ToList();
    }

    /// <summary>HR's ruling on each objection it answered, by the objection's id.</summary>
    public static IReadOnlyDictionary<long, Ruling> Answered(IReadOnlyList<Ruling> rulings) =>
        rulings.Where(r => r.ReviewId is not null).GroupBy(r => r.ReviewId!.Value).ToDictionary(g => g.Key, g => g.Last());

    public static string RulingText(Ruling r) => $"已决定：{RowText.Decision(r.Decision)} {r.SchoolId}（{r.Login}）";

    /// <summary>An indicator's short Chinese name from its metrics.json key (<c>qualified_per_100</c> is <see cref="Indicator.QualifiedPer100"/>).</summary>
    private static string IndicatorName(string key) =>
        Enum.TryParse<Indicator>(key.Replace("_", "", StringComparison.Ordinal), ignoreCase: true, out var indicator)
            ? IndicatorLabels.Short(indicator)
            : key;

    private static string Percent(JsonElement e) =>
        e.ValueKind == JsonValueKind.Number ? (e.GetDouble() * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "—";

    private static string Number(JsonElement e) =>
        e.ValueKind == JsonValueKind.Number ? e.GetDouble().ToString("0.###", CultureInfo.InvariantCulture) : "—";
}
