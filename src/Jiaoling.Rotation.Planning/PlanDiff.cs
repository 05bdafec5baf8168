using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Planning;

/// <summary>
/// The difference between two plans, row by row: rows only in the new plan (added), only in the old one
/// (removed), and teachers whose rows both lost and gained something (changed, old and new side by side).
/// </summary>
public sealed record PlanDiff(IReadOnlyList<Assignment> Added, IReadOnlyList<Assignment> Removed,
    IReadOnlyList<(IReadOnlyList<Assignment> Before, IReadOnlyList<Assignment> After)> Changed, int Kept)
{
    public static PlanDiff Of(Plan before, Plan after)
    {
        var oldRows = before.Assignments.ToLookup(Key);
        var newRows = after.Assignments.ToLookup(Key);
        var removed = before.Assignments.Where(a => !newRows.Contains(Key(a))).ToList();
        var added = after.Assignments.Where(a => !oldRows.Contains(Key(a))).ToList();
        var changedTeachers = removed.Select(a => a.TeacherId).Intersect(added.Select(a => a.TeacherId)).ToHashSet();
        var changed = changedTeachers.Order()
            .Select(t => ((IReadOnlyList<Assignment>)removed.Where(a => a.TeacherId == t).ToList(),
                (IReadOnlyList<Assignment>)added.Where(a => a.TeacherId == t).ToList()))
            .ToList();
        return new PlanDiff(
            added.Where(a => !changedTeachers.Contains(a.TeacherId)).ToList(),
            removed.Where(a => !changedTeachers.Contains(a.TeacherId)).ToList(),
            changed,
            before.Assignments.Count(a => newRows.Contains(Key(a))));
    }

    private static (TeacherId, AssignmentKind, SchoolId, SchoolId, Stage, Subject?, decimal) Key(Assignment a) =>
        (a.TeacherId, a.Kind, a.From, a.To, a.Stage, a.Subject, a.Share);
}
