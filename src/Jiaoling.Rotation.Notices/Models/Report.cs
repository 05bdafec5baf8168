using Jiaoling.Rotation.Notices.Html;

namespace Jiaoling.Rotation.Notices.Models;

/// <summary>
/// The county report: a first page the county leader reads alone (each requirement before and after, in a
/// table, with a few plain sentences), the definitions, then rotation and its direction, shortage subjects
/// and resource teachers, the per-school minimums, the balance indicators (with charts), class and school
/// size, principal moves, a map of the flows between towns and a small map of each town, and the solver's facts in words as an appendix.
/// </summary>
public sealed record Report(
    string Title,
    string Issuer,
    string IssueDate,
    IReadOnlyList<string> Highlights,
    IReadOnlyList<SummaryRow> Summary,
    IReadOnlyList<Definition> Definitions,
    RotationSection Rotation,
    IReadOnlyList<string> Places,
    IReadOnlyList<DirectionRow> Directions,
    IReadOnlyList<ReturnRow> Returns,
    string ShortageBefore,
    string ShortageAfter,
    IReadOnlyList<string> Areas,
    IReadOnlyList<UnmetRow> Unmet,
    IReadOnlyList<ResourceRow> Resources,
    IReadOnlyList<StandardRow> Standards,
    IReadOnlyList<SchoolStandardRow> SchoolStandards,
    IReadOnlyList<IndicatorRow> Indicators,
    IReadOnlyList<RawHtml> Charts,
    IReadOnlyList<SizeIssue> Oversize,
    IReadOnlyList<PrincipalMove> Principals,
    RawHtml FlowMap,
    IReadOnlyList<RawHtml> TownMaps,
    SolverSection Solver);
