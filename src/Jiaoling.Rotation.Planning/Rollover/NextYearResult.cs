using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Planning.Rollover;

/// <summary>
/// Next year's dataset and what the final plan changed in it: teachers now at a host school, principals now
/// leading another school, teachers back at their post school, itinerant teachers whose shares ended, and posts
/// moved to the host school by a <c>stay</c> ruling at the end of a term.
/// </summary>
public sealed record NextYearResult(Dataset Dataset, int Transferred, int PrincipalsMoved, int Returned, int ItinerantEnded, int PostsMoved);
