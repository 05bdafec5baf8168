using Google.OrTools.Sat;
using Jiaoling.Rotation.Solver.Model;

namespace Jiaoling.Rotation.Solver.Objectives;

/// <summary>
/// One level of the lexicographic objective: its name, how to build the integer expression it minimises,
/// its weight in the time budget (the time left is shared among the levels left in proportion to their
/// weights, so time one level does not need goes to the next), and, where holding the level's value
/// alone is not what the levels after it should keep, how to hold it (given the model and the solution
/// reached). Levels are built only when solved, so earlier levels' models stay small.
/// </summary>
internal sealed record ObjectiveLevel(string Name, Func<RotationModel, LinearExpr> Build, double TimeWeight,
    Action<RotationModel, long[]>? Hold = null)
{
    /// <summary>Adds the level's expression to the model as one variable, its value, and returns it.</summary>
    public IntVar Post(RotationModel m)
    {
        var value = m.Cp.NewIntVar(-(1L << 50), 1L << 50, $"objective[{Name}]");
        m.Cp.Add(value == Build(m));
        return value;
    }
}
