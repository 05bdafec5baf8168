using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Domain.Metrics;

namespace Jiaoling.Rotation.Notices.Models;

/// <summary>Schools over the standard's size limits: average class size per stage, and students per school.</summary>
internal static class SizeLimits
{
    public static IReadOnlyList<SizeIssue> Find(IEnumerable<School> schools) => schools
        .OrderBy(s => s.Id)
        .SelectMany(Issues)
        .ToList();

    private static IEnumerable<SizeIssue> Issues(School school)
    {
        foreach (var stage in CountyMetrics.Stages)
        {
            var e = school.Enrolment(stage);
            var limit = BalanceStandards.MaxClassSize(stage);
            if (e.Classes > 0 && e.Students > (long)limit * e.Classes)
            {
                yield return new SizeIssue(school.Name, $"{Format.Stage(stage)}平均班额",
                    Format.Number((double)e.Students / e.Classes, 1), $"{limit}人");
            }
        }
        var max = BalanceStandards.MaxStudents(school.Level);
        if (school.Students > max)
        {
            yield return new SizeIssue(school.Name, "学校规模（在校生）", $"{school.Students}人", $"{max}人");
        }
    }
}
