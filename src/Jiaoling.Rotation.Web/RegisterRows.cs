using System.Globalization;
using Jiaoling.Rotation.Data.Store.Register;
using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Web;

/// <summary>
/// Turns register entries into the rows HR sees, each with the whole years since the teacher's last rotation
/// (from the whole county register, counted to the county's latest plan start).
/// </summary>
public static class RegisterRows
{
    public static readonly IReadOnlyList<string> Header =
    [
        "工号", "姓名", "类型", "调出学校代码", "调出学校", "调入学校代码", "调入学校", "学段", "学科", "份额", "起始日期", "结束日期",
        "方案（数据集 / 版本）", "运行编号", "发布人", "发布时间", "距上次交流（年）",
    ];

    public static IReadOnlyList<RegisterRow> Of(IEnumerable<RegisterEntry> entries, IReadOnlyList<RegisterEntry> county, DateOnly? asOf)
    {
        var past = county.Select(e => e.ToPast()).ToList();
        var years = new Dictionary<string, int?>();
        int? Since(string teacher) => asOf is { } day
            ? years.TryGetValue(teacher, out var y) ? y : years[teacher] = RotationHistory.YearsSinceLast(past, new TeacherId(teacher), day)
            : null;
        return entries.Select(e => new RegisterRow(e.TeacherId, e.TeacherName, Codes.Kind.Label(e.Kind), e.FromSchoolId, e.FromSchoolName,
            e.ToSchoolId, e.ToSchoolName, Codes.Stage.Label(e.Stage), e.Subject is { } s ? Codes.Subject.Label(s) : "", e.Share,
            Iso(e.StartDate), Iso(e.EndDate), $"{e.DatasetName} / 第 {e.DatasetVersion} 版", e.RunId, e.PublishedBy,
            e.PublishedAt.ToLocalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), Since(e.TeacherId))).ToList();
    }

    /// <summary>The cells of a row in <see cref="Header"/>'s order, numbers as numbers.</summary>
    public static IReadOnlyList<object?> Cells(RegisterRow r) =>
    [
        r.TeacherId, r.TeacherName, r.Kind, r.FromId, r.FromName, r.ToId, r.ToName, r.Stage, r.Subject, r.Share, r.Start, r.End,
        r.Plan, r.RunId.ToString(CultureInfo.InvariantCulture), r.PublishedBy, r.PublishedAt, r.YearsSince,
    ];

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
