namespace Jiaoling.Rotation.Domain.Metrics;

/// <summary>
/// The student-weighted coefficient of variation of the national evaluation of balanced compulsory
/// education (教督〔2017〕6号): with P_i a school's students, P their sum and X_i the school's value,
/// X̄ = Σ(P_i/P)·X_i, S = sqrt(Σ(P_i/P)·(X_i − X̄)²), CV = S / X̄.
/// </summary>
/// <param name="Mean">X̄, the weighted mean.</param>
/// <param name="StandardDeviation">S, the weighted standard deviation.</param>
/// <param name="Cv">S / X̄; null when X̄ is 0 (or there is no weight at all).</param>
public sealed record WeightedCv(double Mean, double StandardDeviation, double? Cv)
{
    /// <summary>Computes X̄, S and CV over (weight, value) pairs; pairs of weight 0 do not count.</summary>
    public static WeightedCv Of(IEnumerable<(double Weight, double Value)> points)
    {
        var list = points.Where(p => p.Weight > 0).ToList();
        var total = list.Sum(p => p.Weight);
        if (total <= 0)
        {
            return new WeightedCv(0, 0, null);
        }
        var mean = list.Sum(p => p.Weight / total * p.Value);
        var sd = Math.Sqrt(list.Sum(p => p.Weight / total * (p.Value - mean) * (p.Value - mean)));
        return new WeightedCv(mean, sd, mean == 0 ? null : sd / mean);
    }
}
