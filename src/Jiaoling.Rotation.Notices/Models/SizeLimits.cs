using Jiaoling.Rotation.Domain.Metrics;

namespace Jiaoling.Rotation.Notices.Models;

/// <summary>The diagnosis's schools over the standard's size limits, as the report lists them.</summary>
internal static class SizeLimits
{
    public static IReadOnlyList<SizeIssue> Find(Diagnosis diagnosis) => diagnosis.OversizeClasses
        .Select(c => (c.School.Id, Issue: new SizeIssue(c.School.Name, $"{Format.Stage(c.Stage)}平均班额（{c.Label}）",
            Format.Number(c.AverageClassSize, 2), $"{c.Limit}人")))
        .Concat(diagnosis.OversizeSchools.Select(s => (s.School.Id, Issue: new SizeIssue(s.School.Name, "学校规模（在校生）",
            $"{s.Students}人", $"{s.Limit}人"))))
        .OrderBy(x => x.Id)
        .Select(x => x.Issue)
        .ToList();
}
