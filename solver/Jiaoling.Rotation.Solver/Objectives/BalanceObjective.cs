using Google.OrTools.Sat;
using Jiaoling.Rotation.Solver.Model;

namespace Jiaoling.Rotation.Solver.Objectives;

/// <summary>
/// Level <c>balance</c>, the last: the sum of the six squared coefficients of variation (小学 and 初中 ×
/// above-required education, backbone, PE and art), in millionths. It comes after <c>disruption</c>,
/// whose counts it holds (see <see cref="DisruptionObjective"/>), so it evens the county out only by
/// choosing other teachers or schools for moves the earlier levels make anyway, never by moving more people.
/// </summary>
internal static class BalanceObjective
{
    public const string Name = "balance";

    public static LinearExpr Build(RotationModel m) => LinearExpr.Sum(CvTerms.Of(m).Select(t => t.Value));
}
