using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Domain.Metrics;

namespace Jiaoling.Rotation.Notices.Models;

/// <summary>A teacher returning at the end of a term, as the county report lists it: the post left at the host school and what became of it.</summary>
public sealed record ReturnRow(string TeacherId, string Name, string Host, string Home, string Post, string Unmet, string Outcome)
{
    public static IReadOnlyList<ReturnRow> Build(County county, Plan plan) => ReturnVacancy.Of(county, plan).Select(v => new ReturnRow(
        v.Return.TeacherId.Value,
        county.Teachers.GetValueOrDefault(v.Return.TeacherId)?.Name ?? v.Return.TeacherName,
        Format.SchoolName(county, v.Return.From),
        Format.SchoolName(county, v.Return.To),
        Format.Stage(v.Return.Stage) + Format.Subject(v.Return.Subject),
        $"{Format.Fte(v.Before)} → {Format.Fte(v.AfterReturn)} → {Format.Fte(v.After)}",
        v.Why is { } why ? $"未补足：{why}"
            : v.FilledBy.Count > 0 ? "已补：" + string.Join("、", v.FilledBy.Select(a => $"{a.TeacherName}（{Format.Kind(a.Kind)}）"))
            : "缺口未增加")).ToList();
}
