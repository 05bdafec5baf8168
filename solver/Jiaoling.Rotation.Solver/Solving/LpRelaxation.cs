using Google.OrTools.Sat;
using Lp = Google.OrTools.LinearSolver;

namespace Jiaoling.Rotation.Solver.Solving;

/// <summary>
/// Writes the CP-SAT model's constraints into a linear program, each as a weaker linear constraint that
/// every integer solution still satisfies (see <see cref="LpBound"/>).
/// </summary>
internal sealed class LpRelaxation
{
    private readonly Lp.Solver _lp;
    private readonly CpModelProto _model;
    private readonly Lp.Variable[] _x;

    public LpRelaxation(Lp.Solver lp, CpModelProto model)
    {
        _lp = lp;
        _model = model;
        _x = new Lp.Variable[model.Variables.Count];
        for (var i = 0; i < _x.Length; i++)
        {
            var domain = model.Variables[i].Domain;
            _x[i] = lp.MakeNumVar(LpBound.Finite(domain[0]), LpBound.Finite(domain[^1]), "");
        }
    }

    public Lp.Variable Variable(int index) => _x[index];

    public void Add(ConstraintProto c)
    {
        switch (c.ConstraintCase)
        {
            case ConstraintProto.ConstraintOneofCase.Linear:
                var linear = new Expression();
                foreach (var (v, coeff) in c.Linear.Vars.Zip(c.Linear.Coeffs))
                {
                    linear.Add(v, coeff);
                }
                Post(linear, c.Linear.Domain[0], c.Linear.Domain[^1], c.EnforcementLiteral);
                break;
            case ConstraintProto.ConstraintOneofCase.BoolOr:
                Post(Literals(c.BoolOr.Literals), 1, long.MaxValue, c.EnforcementLiteral);
                break;
            case ConstraintProto.ConstraintOneofCase.AtMostOne:
                Post(Literals(c.AtMostOne.Literals), long.MinValue, 1, c.EnforcementLiteral);
                break;
            case ConstraintProto.ConstraintOneofCase.ExactlyOne:
                Post(Literals(c.ExactlyOne.Literals), 1, 1, c.EnforcementLiteral);
                break;
            case ConstraintProto.ConstraintOneofCase.BoolAnd:
                foreach (var literal in c.BoolAnd.Literals)
                {
                    Post(Literals([literal]), 1, 1, c.EnforcementLiteral);
                }
                break;
            case ConstraintProto.ConstraintOneofCase.LinMax when c.EnforcementLiteral.Count == 0:
                // target = max(terms) ⇒ target ≥ each term.
                foreach (var term in c.LinMax.Exprs)
                {
                    var e = Expression.Of(c.LinMax.Target);
                    e.Subtract(Expression.Of(term));
                    Post(e, 0, long.MaxValue, c.EnforcementLiteral);
                }
                break;
        }
    }

    /// <summary>
    /// Posts lo ≤ e ≤ hi; under enforcement literals each side is loosened by big-M × (literals false), with M
    /// the distance from the side to the expression's extreme over the variables' bounds.
    /// </summary>
    private void Post(Expression e, long lo, long hi, IList<int> enforcement)
    {
        var (min, max) = e.Range(_model);
        var lower = LpBound.Finite(lo);
        var upper = LpBound.Finite(hi);
        if (lower > min)
        {
            PostSide(e, lower, lower - min, enforcement, atLeast: true);
        }
        if (upper < max)
        {
            PostSide(e, upper, max - upper, enforcement, atLeast: false);
        }
    }

    private void PostSide(Expression e, double side, double bigM, IList<int> enforcement, bool atLeast)
    {
        var row = new Expression();
        row.Add(e);
        if (enforcement.Count > 0)
        {
            if (double.IsInfinity(bigM))
            {
                return;
            }
            // Σ (1 − literal) counts the enforcement literals that are off; any off frees the side.
            var off = Literals(enforcement);
            off.Scale(-1);
            off.Constant += enforcement.Count;
            off.Scale(atLeast ? bigM : -bigM);
            row.Add(off);
        }
        var constraint = atLeast
            ? _lp.MakeConstraint(side - row.Constant, double.PositiveInfinity, "")
            : _lp.MakeConstraint(double.NegativeInfinity, side - row.Constant, "");
        foreach (var (v, coeff) in row.Terms)
        {
            constraint.SetCoefficient(_x[v], coeff);
        }
    }

    /// <summary>The sum of the literals (a negated literal counts 1 − its variable).</summary>
    private static Expression Literals(IEnumerable<int> literals)
    {
        var e = new Expression();
        foreach (var literal in literals)
        {
            if (literal >= 0)
            {
                e.Add(literal, 1);
            }
            else
            {
                e.Add(-literal - 1, -1);
                e.Constant += 1;
            }
        }
        return e;
    }
}
