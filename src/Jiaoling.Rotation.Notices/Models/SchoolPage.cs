namespace Jiaoling.Rotation.Notices.Models;

/// <summary>
/// The page for one affected school's principal: who leaves and arrives, itinerant shares in and out,
/// headcount, the school's indicators and its unmet demand before and after the plan.
/// </summary>
public sealed record SchoolPage(
    string SchoolId,
    string Name,
    string Town,
    string Area,
    string Level,
    string Year,
    string HeadcountBefore,
    string HeadcountAfter,
    IReadOnlyList<SchoolMove> Leaving,
    IReadOnlyList<SchoolMove> Arriving,
    IReadOnlyList<SchoolMove> SharesOut,
    IReadOnlyList<SchoolMove> SharesIn,
    IReadOnlyList<ValueChange> Indicators,
    IReadOnlyList<ValueChange> Unmet,
    string UnmetBefore,
    string UnmetAfter,
    string Issuer);
