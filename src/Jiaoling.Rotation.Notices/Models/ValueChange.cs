using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Notices.Models;

/// <summary>
/// A row of a before/after table: what is measured, the two values formatted, and a CSS class
/// (<c>better</c>, <c>worse</c> or empty) the templates colour the row with.
/// </summary>
public sealed record ValueChange(string Stage, string Label, string Before, string After, string Trend)
{
    /// <summary>The trend of a value where more is better (indicators) or less is better (unmet demand).</summary>
    public static string TrendOf(double before, double after, bool moreIsBetter)
    {
        if (Math.Abs(after - before) <= Tolerance.Figure)
        {
            return "";
        }
        return (after > before) == moreIsBetter ? "better" : "worse";
    }
}
