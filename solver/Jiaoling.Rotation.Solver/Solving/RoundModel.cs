using Google.OrTools.Sat;

namespace Jiaoling.Rotation.Solver.Solving;

/// <summary>
/// The model of one neighbourhood round: the whole model with every variable the round cannot change replaced
/// by its value in the best plan. Free are the neighbourhood's decisions, the variables computed from them
/// (one constraint away: a school's unmet demand, its CV share, the county's count of moves) and the few
/// aggregates above those (a level's measure and value). A constraint is kept when it has a free variable,
/// with the fixed ones folded into its bounds; every other constraint holds already in the best plan, so any
/// solution of the round's model, completed with the best plan's values, solves the whole model.
/// </summary>
/// <remarks>
/// Measured on the 20 000-teacher county's first level: solving the whole model with the other decisions'
/// domains fixed spent 0.3 s handing the model to CP-SAT and 0.3–0.5 s presolving it per round, of rounds of
/// 0.5–1.2 s; almost all of a round went to variables it could not change.
/// </remarks>
internal sealed class RoundModel
{
    private readonly CpModelProto _whole;
    private readonly int[][] _varsOf;
    private readonly List<int>[] _constraintsOf;
    private readonly int[] _rank;
    private readonly int[][] _computed;
    private readonly int[] _aggregates;

    /// <param name="whole">The model with the level's objective and every hold so far.</param>
    /// <param name="decisions">The decision variables: every other variable follows from them.</param>
    public RoundModel(CpModelProto whole, IEnumerable<int> decisions)
    {
        _whole = whole;
        var n = whole.Variables.Count;
        _varsOf = whole.Constraints.Select(VarsOf).ToArray();
        _constraintsOf = Enumerable.Range(0, n).Select(_ => new List<int>()).ToArray();
        for (var c = 0; c < _varsOf.Length; c++)
        {
            foreach (var v in _varsOf[c])
            {
                _constraintsOf[v].Add(c);
            }
        }
        _rank = Ranks(n, decisions);
        // The variables each constraint computes from its decisions alone: where a school's unmet demand is set.
        _computed = _varsOf.Select(vars => vars.Count(v => _rank[v] > 0) == 1 ? vars.Where(v => _rank[v] == 1).ToArray() : []).ToArray();
        _aggregates = Enumerable.Range(0, n).Where(v => _rank[v] >= 2 && _constraintsOf[v].Count > 0)
            .Concat(whole.Objective.Vars).Distinct().ToArray();
    }

    /// <summary>The round's model for these free decisions, hinted with the best plan, and the whole model's index of each of its variables.</summary>
    public (CpModel Model, int[] Whole) Restrict(IEnumerable<int> freeDecisions, long[] best)
    {
        var n = _whole.Variables.Count;
        var local = new int[n];
        Array.Fill(local, -1);
        var free = new List<int>();
        void Free(int v)
        {
            if (local[v] < 0)
            {
                local[v] = free.Count;
                free.Add(v);
            }
        }
        var seen = new bool[_varsOf.Length];
        foreach (var d in freeDecisions)
        {
            Free(d);
            foreach (var c in _constraintsOf[d].Where(c => !seen[c]))
            {
                seen[c] = true;
                foreach (var v in _computed[c])
                {
                    Free(v);
                }
            }
        }
        foreach (var v in _aggregates)
        {
            Free(v);
        }
        var model = new CpModel();
        var proto = model.Model;
        foreach (var v in free)
        {
            proto.Variables.Add(new IntegerVariableProto { Domain = { _whole.Variables[v].Domain } });
        }
        Array.Clear(seen);
        foreach (var c in free.SelectMany(v => _constraintsOf[v]).Where(c => !seen[c]).ToList())
        {
            seen[c] = true;
        }
        foreach (var c in Enumerable.Range(0, seen.Length).Where(c => seen[c]))
        {
            if (Fold(_whole.Constraints[c], local, best) is { } restricted)
            {
                proto.Constraints.Add(restricted);
            }
        }
        var objective = new CpObjectiveProto { ScalingFactor = _whole.Objective.ScalingFactor, Offset = _whole.Objective.Offset };
        for (var i = 0; i < _whole.Objective.Vars.Count; i++)
        {
            objective.Vars.Add(local[_whole.Objective.Vars[i]]);
            objective.Coeffs.Add(_whole.Objective.Coeffs[i]);
        }
        proto.Objective = objective;
        proto.SolutionHint = new PartialVariableAssignment { Vars = { Enumerable.Range(0, free.Count) }, Values = { free.Select(v => best[v]) } };
        return (model, free.ToArray());
    }

    /// <summary>The whole model's solution: the best plan with the round's variables replaced.</summary>
    public static long[] Merge(long[] best, int[] whole, IList<long> round)
    {
        var merged = (long[])best.Clone();
        for (var i = 0; i < whole.Length; i++)
        {
            merged[whole[i]] = round[i];
        }
        return merged;
    }

    /// <summary>
    /// How far each variable is computed from the decisions: 0 a decision; otherwise 1 + the highest rank of
    /// the other variables of a constraint that has it, the lowest such over its constraints (1: computed from
    /// decisions alone, as a school's unmet demand). A variable never computed so (only in constraints with
    /// itself or with others not computed) ranks <see cref="int.MaxValue"/>.
    /// </summary>
    private int[] Ranks(int n, IEnumerable<int> decisions)
    {
        var rank = new int[n];
        Array.Fill(rank, int.MaxValue);
        foreach (var d in decisions)
        {
            rank[d] = 0;
        }
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var vars in _varsOf.Where(vars => vars.Length > 1))
            {
                // The variable of highest rank, and the highest rank of the rest: each variable's "others".
                int topVar = vars[0], secondRank = -1;
                foreach (var v in vars.Skip(1))
                {
                    if (rank[v] > rank[topVar])
                    {
                        secondRank = Math.Max(secondRank, rank[topVar]);
                        topVar = v;
                    }
                    else
                    {
                        secondRank = Math.Max(secondRank, rank[v]);
                    }
                }
                foreach (var v in vars)
                {
                    var others = v == topVar ? secondRank : rank[topVar];
                    if (others < int.MaxValue && others + 1 < rank[v])
                    {
                        rank[v] = others + 1;
                        changed = true;
                    }
                }
            }
        }
        return rank;
    }

    private static int[] VarsOf(ConstraintProto c)
    {
        IEnumerable<int> literals = c.ConstraintCase switch
        {
            ConstraintProto.ConstraintOneofCase.Linear => c.Linear.Vars,
            ConstraintProto.ConstraintOneofCase.BoolOr => c.BoolOr.Literals,
            ConstraintProto.ConstraintOneofCase.BoolAnd => c.BoolAnd.Literals,
            ConstraintProto.ConstraintOneofCase.AtMostOne => c.AtMostOne.Literals,
            _ => throw new NotSupportedException($"A neighbourhood round cannot restrict a {c.ConstraintCase} constraint."),
        };
        return literals.Concat(c.EnforcementLiteral).Select(Var).Distinct().ToArray();
    }

    private static int Var(int literal) => literal >= 0 ? literal : -literal - 1;

    /// <summary>The literal's value in the plan, or null when it is free (then <paramref name="mapped"/> is its local literal).</summary>
    private static bool? Value(int literal, int[] local, long[] best, out int mapped)
    {
        var v = Var(literal);
        mapped = local[v] < 0 ? 0 : literal >= 0 ? local[v] : -local[v] - 1;
        return local[v] >= 0 ? null : (best[v] != 0) == (literal >= 0);
    }

    /// <summary>The constraint with its fixed variables folded in, or null when it holds whatever the free ones do.</summary>
    private static ConstraintProto? Fold(ConstraintProto c, int[] local, long[] best)
    {
        var restricted = new ConstraintProto();
        foreach (var e in c.EnforcementLiteral)
        {
            switch (Value(e, local, best, out var mapped))
            {
                case false:
                    return null;
                case null:
                    restricted.EnforcementLiteral.Add(mapped);
                    break;
            }
        }
        switch (c.ConstraintCase)
        {
            case ConstraintProto.ConstraintOneofCase.Linear:
                var linear = new LinearConstraintProto();
                var constant = 0L;
                for (var i = 0; i < c.Linear.Vars.Count; i++)
                {
                    var v = c.Linear.Vars[i];
                    if (local[v] < 0)
                    {
                        constant += c.Linear.Coeffs[i] * best[v];
                    }
                    else
                    {
                        linear.Vars.Add(local[v]);
                        linear.Coeffs.Add(c.Linear.Coeffs[i]);
                    }
                }
                linear.Domain.AddRange(c.Linear.Domain.Select(b => Shift(b, constant)));
                restricted.Linear = linear;
                return restricted;
            case ConstraintProto.ConstraintOneofCase.BoolOr:
                // One fixed literal true: the clause holds.
                if (FreeLiterals(c.BoolOr.Literals, decisive: true, local, best) is not { } or)
                {
                    return null;
                }
                restricted.BoolOr = or;
                return restricted;
            case ConstraintProto.ConstraintOneofCase.BoolAnd:
                // One fixed literal false: the constraint may not be enforced.
                if (FreeLiterals(c.BoolAnd.Literals, decisive: false, local, best) is not { } and)
                {
                    var not = new BoolArgumentProto();
                    not.Literals.AddRange(restricted.EnforcementLiteral.Select(e => -e - 1));
                    return new ConstraintProto { BoolOr = not };
                }
                restricted.BoolAnd = and;
                return restricted;
            default:
                // At most one literal true, as a linear constraint: a negated literal ¬x counts 1 − x.
                var most = new LinearConstraintProto();
                var trues = 0L;
                foreach (var l in c.AtMostOne.Literals)
                {
                    switch (Value(l, local, best, out var mapped))
                    {
                        case true:
                            trues++;
                            break;
                        case null:
                            most.Vars.Add(Var(mapped));
                            most.Coeffs.Add(mapped >= 0 ? 1 : -1);
                            trues += mapped >= 0 ? 0 : 1;
                            break;
                    }
                }
                most.Domain.AddRange([long.MinValue, 1 - trues]);
                restricted.Linear = most;
                return restricted;
        }
    }

    /// <summary>The free literals, mapped; null when a fixed literal has the <paramref name="decisive"/> value.</summary>
    private static BoolArgumentProto? FreeLiterals(IEnumerable<int> literals, bool decisive, int[] local, long[] best)
    {
        var free = new BoolArgumentProto();
        foreach (var l in literals)
        {
            switch (Value(l, local, best, out var mapped))
            {
                case null:
                    free.Literals.Add(mapped);
                    break;
                case var value when value == decisive:
                    return null;
            }
        }
        return free;
    }

    /// <summary>A bound of a linear constraint's domain less the fixed part; the domain's infinities stay infinite.</summary>
    private static long Shift(long bound, long constant) =>
        bound is long.MinValue or long.MaxValue ? bound : bound - constant;
}
