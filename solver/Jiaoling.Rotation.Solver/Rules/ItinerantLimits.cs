namespace Jiaoling.Rotation.Solver.Rules;

/// <summary>
/// An itinerant teacher keeps the home post and gives tenths of a post, 0.1 to itinerant_max_share in all, to at most itinerant_max_schools schools nearby (and in the same alliance when the policy says so).
/// </summary>
/// <remarks>
/// Rule <c>itinerant_limits</c>. The CP-SAT constraints are in <c>ItinerantLimits.Model.cs</c>, the plan check in <c>ItinerantLimits.Check.cs</c>.
/// </remarks>
public sealed partial class ItinerantLimits
{
    public string Id => RuleIds.ItinerantLimits;
}
