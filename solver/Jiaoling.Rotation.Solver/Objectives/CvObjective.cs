using Google.OrTools.Sat;
using Jiaoling.Rotation.Solver.Model;

namespace Jiaoling.Rotation.Solver.Objectives;

/// <summary>
/// Level <c>cv</c>: how far the coefficients of variation stand above the national evaluation's largest
/// (0.50 小学, 0.45 初中), summed over the six stage × indicator terms as CV² − limit² in millionths, each
/// counted only above its limit. A CV already within the standard costs nothing here; lowering it further
/// is the last level's business (<see cref="BalanceObjective"/>).
/// </summary>
internal static class CvObjective
{
    public const string Name = "cv";

    public static LinearExpr Build(RotationModel m)
    {
        var excesses = new List<IntVar>();
        foreach (var term in CvTerms.Of(m))
        {
            var excess = m.Cp.NewIntVar(0, term.Value.Domain.Max(), $"cv-excess[{term.Name}]");
            m.Cp.Add(excess >= term.Value - term.Threshold);
            excesses.Add(excess);
        }
        return LinearExpr.Sum(excesses);
    }
}
