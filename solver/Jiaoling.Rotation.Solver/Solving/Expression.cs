using Google.OrTools.Sat;

namespace Jiaoling.Rotation.Solver.Solving;

/// <summary>A linear expression over the model's variables by index, with real coefficients, for the LP relaxation.</summary>
internal sealed class Expression
{
    public Dictionary<int, double> Terms { get; } = new();

    public double Constant { get; set; }

    public static Expression Of(LinearExpressionProto proto)
    {
        var e = new Expression { Constant = proto.Offset };
        foreach (var (v, coeff) in proto.Vars.Zip(proto.Coeffs))
        {
            e.Add(v, coeff);
        }
        return e;
    }

    public void Add(int v, double coeff) => Terms[v] = Terms.GetValueOrDefault(v) + coeff;

    public void Add(Expression other)
    {
        foreach (var (v, coeff) in other.Terms)
        {
            Add(v, coeff);
        }
        Constant += other.Constant;
    }

    public void Subtract(Expression other)
    {
        foreach (var (v, coeff) in other.Terms)
        {
            Add(v, -coeff);
        }
        Constant -= other.Constant;
    }

    public void Scale(double factor)
    {
        foreach (var v in Terms.Keys.ToList())
        {
            Terms[v] *= factor;
        }
        Constant *= factor;
    }

    /// <summary>The least and greatest value over the variables' domains (infinite where a domain is).</summary>
    public (double Min, double Max) Range(CpModelProto model)
    {
        double min = Constant, max = Constant;
        foreach (var (v, coeff) in Terms.Where(t => t.Value != 0))
        {
            var domain = model.Variables[v].Domain;
            var lo = coeff * LpBound.Finite(domain[0]);
            var hi = coeff * LpBound.Finite(domain[^1]);
            min += Math.Min(lo, hi);
            max += Math.Max(lo, hi);
        }
        return (min, max);
    }
}
