using Google.OrTools.Sat;
using Jiaoling.Rotation.Domain.Metrics;
using Jiaoling.Rotation.Solver.Model;
using Jiaoling.Rotation.Solver.Rules;

namespace Jiaoling.Rotation.Solver.Objectives;

/// <summary>
/// Level <c>standards</c>: the per-school minimums of the 2017 evaluation. First the school × stage ×
/// indicator pairs that miss their minimum and the schools that miss any of their stage's three, each
/// weighing more than all the shortfall there is; then the total shortfall in hundredths of a teacher.
/// Pairs that <c>keep_standards</c> holds cost nothing and need no variable.
/// </summary>
internal static class StandardsObjective
{
    public const string Name = "standards";

    /// <summary>Shortfall unit: a hundredth of a teacher.</summary>
    private const long PerTeacher = 100;

    public static LinearExpr Build(RotationModel m)
    {
        var misses = new List<LinearExpr>();
        var shortfalls = new List<LinearExpr>();
        var constantShortfall = 0L;
        var worst = 0L;
        foreach (var school in m.Indicators.Cells.GroupBy(c => (c.Stage, c.School.Id)))
        {
            var meets = new List<LinearExpr>();
            foreach (var cell in school)
            {
                var minimum = SchoolStandard.Minimum(m.Policy, cell.Stage, cell.Indicator);
                var needed = SchoolStandard.Needed(cell.Students, minimum);
                var target = (long)Math.Ceiling(minimum * cell.Students * PerTeacher / 100m);
                meets.Add(Meets(m, cell, needed));
                if (!cell.Changes)
                {
                    constantShortfall += Math.Max(0, target - PerTeacher * cell.Before);
                    continue;
                }
                worst += target;
                var shortfall = m.Cp.NewIntVar(0, target, $"shortfall[{cell.Name}]");
                m.Cp.Add(shortfall >= target - PerTeacher * cell.After);
                shortfalls.Add(shortfall);
            }
            var all = m.Cp.NewBoolVar($"all-three[{school.Key.Stage}:{school.Key.Id}]");
            foreach (var meet in meets)
            {
                m.Cp.Add(all <= meet);
            }
            misses.AddRange(meets.Select(meet => 1 - meet));
            misses.Add(1 - all);
        }
        // Any pair or school meeting weighs more than the moves could change the shortfall.
        var weight = worst + 1;
        return weight * LinearExpr.Sum(misses) + LinearExpr.Sum(shortfalls) + constantShortfall;
    }

    /// <summary>1 when the cell ends at its minimum: a constant where the moves cannot change it or keep_standards holds it.</summary>
    private static LinearExpr Meets(RotationModel m, IndicatorCell cell, int needed)
    {
        if (cell.Before >= needed && (KeepStandards.Floor(m.Policy, cell) is not null || !cell.Changes || cell.Lowest >= needed))
        {
            return LinearExpr.Constant(1);
        }
        if (cell.Highest < needed)
        {
            return LinearExpr.Constant(0);
        }
        var meet = m.Cp.NewBoolVar($"meets[{cell.Name}]");
        m.Cp.Add(cell.After >= needed).OnlyEnforceIf(meet);
        return meet;
    }
}
