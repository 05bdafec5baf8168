using Google.OrTools.Sat;
using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Solver.Model;

namespace Jiaoling.Rotation.Solver.Objectives;

/// <summary>
/// Level <c>balance</c>: for each stage and each teacher indicator (qualified, backbone, PE/art), the
/// student-weighted spread Σ_i |P·c_i − T·P_i| of the schools with students in the stage, where c_i is the
/// school's count after the plan, P_i its students and T, P the county totals before the plan. That is
/// P² times the L1 deviation of the per-student rates, an exact integer. Each term is divided by T·P and
/// scaled to 10 000, so the six terms weigh alike whatever the county's size; the ceiling keeps it integral.
/// </summary>
internal static class BalanceObjective
{
    public const string Name = "balance";

    /// <summary>Resolution of each normalised term: 10 000 is a total L1 deviation of 1 (the maximum is 2).</summary>
    public const long Scale = 10_000;

    public static LinearExpr Build(RotationModel m) => LinearExpr.Sum(Terms(m).Select(t => t.Value));

    /// <summary>The six terms, built on first use and kept on the model so every level shares them.</summary>
    public static IReadOnlyList<BalanceTerm> Terms(RotationModel m) => m.BalanceTerms ??= BuildTerms(m);

    private static List<BalanceTerm> BuildTerms(RotationModel m)
    {
        var terms = new List<BalanceTerm>();
        foreach (var stage in new[] { Stage.Primary, Stage.Junior })
        {
            foreach (var indicator in Indicators.Names)
            {
                if (Term(m, stage, indicator) is { } term)
                {
                    terms.Add(term);
                }
            }
        }
        return terms;
    }

    private static BalanceTerm? Term(RotationModel m, Stage stage, string indicator)
    {
        var students = m.County.Dataset.Schools.Where(s => s.Enrolment(stage).Students > 0)
            .ToDictionary(s => s.Id, s => (long)s.Enrolment(stage).Students);
        var before = students.Keys.ToDictionary(id => id, _ => 0L);
        foreach (var t in m.County.Dataset.Teachers.Where(t => t.Stage == stage && students.ContainsKey(t.SchoolId)
                                                              && Indicators.Counts(indicator, t, t.Subject)))
        {
            before[t.SchoolId]++;
        }
        long total = before.Values.Sum(), pupils = students.Values.Sum();
        if (total == 0 || pupils == 0)
        {
            return null;
        }
        var change = Changes(m, stage, indicator, students.Keys.ToHashSet());
        var deviations = new List<LinearExpr>();
        var constant = 0L;
        var changed = new List<(SchoolId School, long Students)>();
        foreach (var (school, p) in students)
        {
            var target = total * p;
            if (!change.Has(school))
            {
                constant += Math.Abs(pupils * before[school] - target);
                continue;
            }
            changed.Add((school, p));
            var d = m.Cp.NewIntVar(0, pupils * m.County.Dataset.Teachers.Count + target, $"spread[{stage}:{indicator}:{school}]");
            var value = pupils * (before[school] + change.Sum(school)) - target;
            m.Cp.Add(d >= value);
            m.Cp.Add(d >= -value);
            deviations.Add(d);
        }
        // Σ_i |P·c_i − T·P_i| ≤ P·N + T·P with N teachers in all, which bounds the term by Scale·(N + T)/T.
        var bound = Scale * (m.County.Dataset.Teachers.Count + total) / total + 1;
        var z = m.Cp.NewIntVar(0, bound, $"balance[{stage}:{indicator}]");
        m.Cp.Add(total * pupils * z >= Scale * (LinearExpr.Sum(deviations) + constant));
        long At(Func<IntVar, long> valueOf)
        {
            // Σ|…| reaches ~10^13 at 20 000 teachers; times Scale it needs more than a long to stay exact.
            Int128 spread = constant;
            foreach (var (school, p) in changed)
            {
                spread += Int128.Abs((Int128)pupils * (before[school] + change.Value(school, valueOf)) - (Int128)total * p);
            }
            var denominator = (Int128)total * pupils;
            return (long)((Scale * spread + denominator - 1) / denominator);
        }
        return new BalanceTerm($"{stage}.{indicator}", z, At(_ => 0), At);
    }

    private static LinearSums<SchoolId> Changes(RotationModel m, Stage stage, string indicator, HashSet<SchoolId> counted)
    {
        var change = new LinearSums<SchoolId>();
        void Move(Teacher t, SchoolId to, Subject subject, IntVar v)
        {
            if (counted.Contains(to) && Indicators.Counts(indicator, t, subject))
            {
                change.Add(to, v, 1);
            }
            if (counted.Contains(t.SchoolId) && Indicators.Counts(indicator, t, t.Subject))
            {
                change.Add(t.SchoolId, v, -1);
            }
        }
        foreach (var o in m.Transfers.Where(o => o.Pool.Stage == stage))
        {
            Move(o.Pool.Sample, o.To.Id, o.Subject, o.Count);
        }
        foreach (var o in m.PrincipalMoves.Where(o => o.Pool.Stage == stage))
        {
            Move(o.Principal, o.To.Id, o.Principal.Subject, o.Used);
        }
        return change;
    }
}
