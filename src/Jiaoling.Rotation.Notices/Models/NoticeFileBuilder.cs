using System.Globalization;
using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Notices.Models;

/// <summary>
/// Builds the plan's one document (文件): numbered PREFIX〔YEAR〕N号 with N the policy's <c>doc_number</c>
/// and YEAR the year it is signed, dated the policy's signing date (<see cref="Policy.NoticeDay"/>), its
/// body counting the notices by kind and naming the public notice period they followed.
/// The contract writes the number as 〔YEAR〕PREFIX N号; official documents (GB/T 9704) put the issuer's
/// prefix first (蕉教人〔2027〕1号), which is what a bureau prints, so that order is used (docs/policy.md).
/// </summary>
internal static class NoticeFileBuilder
{
    public static NoticeFile Build(Policy policy, IReadOnlyList<Notice> notices)
    {
        int Count(AssignmentKind kind) => notices.Count(n => n.Kind == Format.KindCode(kind));
        var year = policy.PlanStartDate.Year;
        var last = notices.Count;
        var paragraphs = new[]
        {
            $"根据县管校聘管理改革和义务教育学校教师、校长交流轮岗工作安排，{year}年交流轮岗人员名单经公示"
                + $"（{Format.Date(policy.PublicityFirstDay)}至{Format.Date(policy.PublicityLastDay)}），现印发各人的交流轮岗通知书，"
                + $"共{last}人：交流轮岗教师{Count(AssignmentKind.Transfer)}人，走教教师{Count(AssignmentKind.Itinerant)}人，"
                + $"交流校长{Count(AssignmentKind.Principal)}人。",
            $"一、交流期自{Format.Date(policy.PlanStartDate)}至{Format.Date(policy.PlanEndDate)}。交流人员于{Format.Date(policy.ReportDay)}"
                + "到新学校报到；走教教师保留原学校岗位，按通知书所列学校和每周天数走教。",
            "二、各有关学校要及时将通知书送达本人，做好工作交接和接收安排。",
            "三、各人的通知书为本文件的附件，按附件序号登记，不另编文号。",
        };
        var annex = last == 0 ? "无" : $"交流轮岗通知书（附件1至附件{last}，共{last}份）";
        return new NoticeFile(
            policy.Issuer + "文件",
            DocNumber(policy),
            policy.Issuer,
            $"{policy.Issuer}关于印发{year}年义务教育学校教师交流轮岗通知书的通知",
            "各有关中小学校",
            paragraphs,
            annex,
            Format.Date(policy.NoticeDay),
            Contact(policy));
    }

    public static string DocNumber(Policy policy) =>
        $"{policy.DocNumberPrefix}〔{policy.NoticeDay.Year}〕{policy.DocNumber.ToString(CultureInfo.InvariantCulture)}号";

    private static string Contact(Policy policy)
    {
        var parts = new[] { ("联系人", policy.ContactPerson), ("联系电话", policy.ContactPhone) }
            .Where(p => p.Item2 is not null)
            .Select(p => $"{p.Item1}：{p.Item2}")
            .ToList();
        return parts.Count == 0 ? "" : $"（{string.Join("，", parts)}）";
    }
}
