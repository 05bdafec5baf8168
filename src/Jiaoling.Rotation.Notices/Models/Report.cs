using Jiaoling.Rotation.Notices.Html;

namespace Jiaoling.Rotation.Notices.Models;

/// <summary>
/// The county report for the bureau's leaders: rotation against the policy's ratios, unmet demand by
/// subject and school type, the balance indicators per stage against the CV standards (with charts),
/// schools over the size limits, principal moves, a map of the flows, and how the solver did.
/// </summary>
public sealed record Report(
    string Title,
    string Issuer,
    string IssueDate,
    RotationSection Rotation,
    string ShortageBefore,
    string ShortageAfter,
    IReadOnlyList<string> Areas,
    IReadOnlyList<UnmetRow> Unmet,
    IReadOnlyList<IndicatorRow> Indicators,
    IReadOnlyList<RawHtml> Charts,
    IReadOnlyList<SizeIssue> Oversize,
    IReadOnlyList<PrincipalMove> Principals,
    RawHtml FlowMap,
    SolverSection Solver);
