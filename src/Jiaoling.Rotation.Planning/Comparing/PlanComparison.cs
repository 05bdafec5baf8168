using System.Globalization;
using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Planning.Comparing;

/// <summary>
/// Two plans of one county compared: the rows plan B adds to plan A, the rows it removes, the teachers whose
/// rows changed (<see cref="PlanDiff"/>), the rows both share, and what each plan achieves (<see cref="CompareFigures"/>).
/// </summary>
public sealed record PlanComparison(
    string PlanA,
    string PlanB,
    int RowsA,
    int RowsB,
    IReadOnlyList<ComparedRow> Added,
    IReadOnlyList<ComparedRow> Removed,
    IReadOnlyList<ChangedTeacher> Changed,
    int Kept,
    IReadOnlyList<ComparedFigure> Figures)
{
    public static PlanComparison Of(County county, string nameA, Plan a, string nameB, Plan b)
    {
        var diff = PlanDiff.Of(a, b);
        return new PlanComparison(nameA, nameB, a.Assignments.Count, b.Assignments.Count,
            diff.Added.Select(r => Row(county, r)).ToList(),
            diff.Removed.Select(r => Row(county, r)).ToList(),
            diff.Changed.Select(c => new ChangedTeacher(c.Before[0].TeacherId.Value, Name(county, c.Before[0]),
                c.Before.Select(r => Row(county, r)).ToList(), c.After.Select(r => Row(county, r)).ToList())).ToList(),
            diff.Kept,
            CompareFigures.Of(county, a, b));
    }

    /// <summary>The difference in one sentence: "新增 3 条，删除 5 条，变更 2 人，相同 28 条".</summary>
    public string DiffWords => $"新增 {Added.Count} 条，删除 {Removed.Count} 条，变更 {Changed.Count} 人，相同 {Kept} 条";

    private static ComparedRow Row(County county, Assignment r) => new(
        r.TeacherId.Value,
        Name(county, r),
        Codes.Kind.Label(r.Kind),
        county.Schools[r.From].Name,
        county.Schools[r.To].Name,
        r.Kind == AssignmentKind.Principal ? "校长" : r.Subject is { } s ? Codes.Subject.Label(s) : "",
        r.Share.ToString("0.0", CultureInfo.InvariantCulture));

    private static string Name(County county, Assignment r) => county.Teachers[r.TeacherId].Name;
}
