using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Solver.Checking;
using Jiaoling.Rotation.Solver.Rules;

namespace Jiaoling.Rotation.Solver.Greedy;

/// <summary>
/// A simple plan such as HR might make by hand, the baseline the CP-SAT planner is compared with:
/// (0) the moves review decisions require; (1) due principals trade schools; (2) unmet demand filled
/// nearest-first, shortage subjects and priority schools first, by transfers and then itinerant shares;
/// (3) the 10 % exchange ratio and 20 % backbone share by surplus moves and like-for-like swaps. Each move
/// is tested against the hard rules before it is made; the result is checked by <see cref="PlanChecker"/>,
/// and what it could not reach (usually a quota) is reported rather than hidden.
/// </summary>
public static class GreedyPlanner
{
    public static GreedyResult Plan(County county, CancellationToken ct = default) => Run(county, startOptions: null, ct);

    /// <summary>The CP-SAT planner's start: the baseline with whole teachers where it sends none (<see cref="StartFilling"/>).</summary>
    internal static GreedyResult Start(County county, SolverOptions? options = null, CancellationToken ct = default) =>
        Run(county, options ?? new SolverOptions(), ct);

    private static GreedyResult Run(County county, SolverOptions? startOptions, CancellationToken ct)
    {
        var state = new GreedyState(county);
        RequiredMoves(state);
        PrincipalPairing.Run(state, ct);
        ShortageFilling.Run(state, ct);
        if (startOptions is not null)
        {
            StartFilling.Run(state, startOptions, ct);
        }
        QuotaFilling.Run(state, ct);
        var plan = state.ToPlan();
        var remaining = PlanChecker.Check(county, plan);
        return new GreedyResult(plan, remaining.Count == 0, remaining);
    }

    /// <summary>
    /// Teachers a review decision sends to a school go there first, teaching what it lacks most. A
    /// <c>require</c> for a principal is not planned here: the checker then reports it under <c>decisions</c>.
    /// </summary>
    private static void RequiredMoves(GreedyState s)
    {
        foreach (var d in s.County.Dataset.Decisions.Where(d => d.Kind == DecisionKind.Require && d.School is not null))
        {
            if (!s.County.Teachers.TryGetValue(d.Teacher, out var t) || t.IsPrincipal)
            {
                continue;
            }
            var to = d.School!.Value;
            var subject = SubjectMatch.Subjects(t).MaxBy(sub => s.Unmet(new DemandKey(to, t.Stage, sub)));
            if (s.County.Schools.ContainsKey(to) && s.CanTransfer(t, to, subject))
            {
                s.Transfer(t, to, subject, "按复核决定交流轮岗。");
            }
        }
    }
}
