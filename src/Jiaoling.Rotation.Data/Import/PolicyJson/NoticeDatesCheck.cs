using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Data.Import.PolicyJson;

/// <summary>
/// The dates of the documents in their order: the public notice period ends before the document is signed,
/// and teachers report no earlier than it is signed. Each conflict is reported at the key that was set.
/// </summary>
internal static class NoticeDatesCheck
{
    public static void Check(Policy p, JsonValues v)
    {
        if (p.ReportDay < p.NoticeDay)
        {
            var key = p.ReportDate is null ? "notice_date" : "report_date";
            v.Error(key, $"使报到日期 {Show(p.ReportDay)} 早于成文日期 {Show(p.NoticeDay)}：报到日期（report_date，默认为 plan_start_date）"
                + "应不早于成文日期（notice_date，默认为 plan_start_date 前 30 天）");
        }
        if (p.PublicityLastDay >= p.NoticeDay)
        {
            var key = p.PublicityStart is null ? "notice_date" : "publicity_start";
            v.Error(key, $"使公示期 {Show(p.PublicityFirstDay)} 至 {Show(p.PublicityLastDay)} 未在成文日期 {Show(p.NoticeDay)} 之前结束："
                + "公示期满、无异议后才能发文，请提前 publicity_start 或推后 notice_date");
        }
    }

    private static string Show(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
