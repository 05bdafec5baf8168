namespace Jiaoling.Rotation.Domain;

/// <summary>
/// The contract's tolerance, 1e-6: an FTE, a ratio or a distance that passes its limit by no more than this
/// still keeps the limit. Every comparison of the solver and the checker uses it.
/// </summary>
public static class Tolerance
{
    /// <summary>1e-6, for FTE and ratio comparisons (decimal).</summary>
    public const decimal Value = 0.000001m;

    /// <summary>The same tolerance for distances in km (double).</summary>
    public const double Km = (double)Value;
}
