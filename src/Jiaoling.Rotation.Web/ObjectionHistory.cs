using System.Text;
using Jiaoling.Rotation.Data.Store.Review;

namespace Jiaoling.Rotation.Web;

/// <summary>The "what became of my objections" table of a principal's page.</summary>
public static class ObjectionHistory
{
    public static async Task AppendAsync(StringBuilder body, Portal user, ReviewStore reviews, RulingStore rulings, CancellationToken ct)
    {
        var objections = await reviews.ObjectionsAsync(user.County, user.SchoolId, ct);
        body.Append($"<h2>本校提出的异议及处理结果（{objections.Count}）</h2>");
        if (objections.Count == 0)
        {
            return;
        }
        var run = await reviews.CurrentRunAsync(user.County, ct);
        var answered = run is null ? [] : (await rulings.AllAsync(user.County, run.DatasetName, ct))
            .Where(r => r.ReviewId is not null).GroupBy(r => r.ReviewId!.Value).ToDictionary(g => g.Key, g => g.Last());
        body.Append("<table><tr><th>方案</th><th>教师</th><th>异议理由</th><th>处理结果</th></tr>");
        foreach (var o in objections)
        {
            var outcome = answered.TryGetValue(o.Id, out var r)
                ? $"人事股决定：{RowText.Decision(r.Decision)}{(r.SchoolId is null ? "" : $"（学校 {r.SchoolId}）")}{(r.Note is null ? "" : $"；说明：{r.Note}")}"
                : "待人事股处理";
            body.Append($"<tr><td>{o.RunId}</td><td>{Page.E(o.TeacherId)}</td><td>{Page.E(o.Reason)}</td><td>{Page.E(outcome)}</td></tr>");
        }
        body.Append("</table>");
    }
}
