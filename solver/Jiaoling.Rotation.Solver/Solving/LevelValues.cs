using Google.OrTools.Sat;
using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Solver.Solving;

/// <summary>
/// Each objective level's value on a given plan, in the level's own units, by the very expressions the planner
/// minimises: the model is built with the plan's rows among its candidates, every decision is fixed at the plan,
/// and each level is minimised over what is left (the unmet tenths, the CV terms, the parts of disruption), which
/// is then exactly the plan's value. So the greedy baseline and the CP-SAT plan are compared on the levels' own
/// measures, not on stand-ins such as the CV sum. The direction floor is left out: it is a cap, not a level's
/// measure, and the greedy plan may break it.
/// </summary>
public static class LevelValues
{
    /// <summary>
    /// The plan's value on every level of the policy's order, or null when the model cannot hold the plan
    /// exactly (a row with no candidate, a share cut to the gap it fills), the plan breaks a rule (the model holds
    /// every rule), or a level is not solved in time.
    /// </summary>
    public static IReadOnlyList<LevelValue>? Of(County county, Plan plan, SolverOptions options, CancellationToken ct = default)
    {
        var m = Planner.Model(county, options, plan, revision: null);
        var levels = Objectives.ObjectiveLevels.For(county.Policy);
        var values = levels.Select(level => level.Post(m)).ToList();
        var decisions = PlanHint.From(m, plan);
        foreach (var (index, value) in decisions)
        {
            var domain = m.Cp.Model.Variables[index].Domain;
            domain.Clear();
            domain.Add(value);
            domain.Add(value);
        }
        var perLevel = options.TimeLimit / Math.Max(1, levels.Count);
        var result = new List<LevelValue>();
        long[]? solution = null;
        for (var i = 0; i < levels.Count; i++)
        {
            m.Cp.Minimize(values[i]);
            var solver = new CpSolver { StringParameters = SolverParameters.For(options, perLevel, proveBound: false) };
            using (ct.Register(solver.StopSearch))
            {
                if (solver.Solve(m.Cp) != CpSolverStatus.Optimal)
                {
                    return null;
                }
            }
            solution = solver.Response!.Solution.ToArray();
            long? measure = m.Measures.TryGetValue(levels[i].Name, out var v) ? solution[v.Index] : null;
            result.Add(new LevelValue(levels[i].Name, solution[values[i].Index], measure));
        }
        return solution is not null && SameRows(new PlanReader(m, solution).Rows(), plan) ? result : null;
    }

    /// <summary>Whether two plans have the same rows, up to which member of a pool of alike teachers makes each move.</summary>
    private static bool SameRows(Plan read, Plan plan)
    {
        static Dictionary<(SchoolId, SchoolId, AssignmentKind, Stage, Subject?, decimal), int> Rows(Plan p) =>
            p.Assignments.CountBy(a => (a.From, a.To, a.Kind, a.Stage, a.Subject, a.Share)).ToDictionary();
        var (a, b) = (Rows(read), Rows(plan));
        return a.Count == b.Count && a.All(row => b.GetValueOrDefault(row.Key) == row.Value);
    }
}

/// <summary>
/// A plan's value on one objective level: the level's objective as the planner minimises it, and for a level that
/// prices its moves (shortage, standards, cv) its measure alone, without the price (null for the others).
/// </summary>
public sealed record LevelValue(string Name, long Value, long? Measure);
