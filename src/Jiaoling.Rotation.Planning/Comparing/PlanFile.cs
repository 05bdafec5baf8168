using Jiaoling.Rotation.Data.Csv;
using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Planning.Comparing;

/// <summary>
/// A plan.csv to compare, read and held against the dataset: every format problem and every row naming a
/// teacher or school the dataset does not have is an error at <c>PATH:LINE</c> (the path as the user gave it,
/// since two plans are often both called plan.csv); warnings are kept apart.
/// </summary>
public sealed record PlanFile(string Path, Plan? Plan, IReadOnlyList<string> Errors, IReadOnlyList<string> Warnings)
{
    public static PlanFile Read(string path, County county)
    {
        var read = PlanCsv.Read(path);
        var errors = read.Problems.Where(p => !p.IsWarning).Select(p => $"{path}:{p.Line}: {p.Message}").ToList();
        var warnings = read.Problems.Where(p => p.IsWarning).Select(p => $"{path}:{p.Line}: warning: {p.Message}").ToList();
        if (read.Plan is { } plan)
        {
            for (var i = 0; i < plan.Assignments.Count; i++)
            {
                errors.AddRange(Unknown(county, plan.Assignments[i]).Select(m => $"{path}:{read.Lines[i]}: {m}"));
            }
        }
        return new PlanFile(path, errors.Count == 0 ? read.Plan : null, errors, warnings);
    }

    private static IEnumerable<string> Unknown(County county, Assignment row)
    {
        if (!county.Teachers.ContainsKey(row.TeacherId))
        {
            yield return $"teacher_id（工号）“{row.TeacherId}”不在数据集的教师名单中，无法比较；应为 teachers 表中的工号";
        }
        foreach (var (school, column) in new[] { (row.From, "from_school_id（原学校代码）"), (row.To, "to_school_id（交流学校代码）") })
        {
            if (!county.Schools.ContainsKey(school))
            {
                yield return $"{column}“{school}”不在数据集的学校名单中，无法比较；应为 schools 表中的学校代码";
            }
        }
    }
}
