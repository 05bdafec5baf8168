using Jiaoling.Rotation.Data.Store.Review;

namespace Jiaoling.Rotation.Web;

/// <summary>The "what became of my objections" table of a principal's page.</summary>
public static class ObjectionHistory
{
    public static async Task<IReadOnlyList<object>> OfAsync(Portal user, ReviewStore reviews, RulingStore rulings, CancellationToken ct)
    {
        var objections = await reviews.ObjectionsAsync(user.County, user.SchoolId, ct);
        if (objections.Count == 0)
        {
            return [];
        }
        var run = await reviews.CurrentRunAsync(user.County, ct);
        var answered = run is null ? new Dictionary<long, Ruling>() : Dashboard.Answered(await rulings.AllAsync(user.County, run.DatasetName, ct));
        return objections.Select(o => (object)new
        {
            o.RunId,
            o.TeacherId,
            o.Reason,
            Outcome = answered.TryGetValue(o.Id, out var r)
                ? $"人事股决定：{RowText.Decision(r.Decision)}{(r.SchoolId is null ? "" : $"（学校 {r.SchoolId}）")}{(r.Note is null ? "" : $"；说明：{r.Note}")}"
                : "待人事股处理",
        }).ToList();
    }
}
