namespace Jiaoling.Rotation.Domain;

/// <summary>
/// The contract's tolerances, each declared here once. A rule's limit (an FTE, a ratio or a distance) still
/// holds when passed by no more than 1e-6; a school still meets a minimum, and a CV its largest, when it
/// misses by no more than 1e-9, and two measured figures that far apart are the same figure.
/// </summary>
public static class Tolerance
{
    /// <summary>1e-6, for FTE and ratio comparisons of the rules (decimal).</summary>
    public const decimal Value = 0.000001m;

    /// <summary>The rules' tolerance for distances in km (double).</summary>
    public const double Km = (double)Value;

    /// <summary>1e-9, for "meets the standard": a school value at least the minimum less this (decimal).</summary>
    public const decimal Standard = 0.000000001m;

    /// <summary>
    /// The standard's tolerance for measured figures (double): a CV at most its largest plus this passes, and two
    /// CVs or county values this close are equal (what is left of summing in another order).
    /// </summary>
    public const double Figure = (double)Standard;
}
