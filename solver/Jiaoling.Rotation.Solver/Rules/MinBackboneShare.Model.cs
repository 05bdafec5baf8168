using Jiaoling.Rotation.Solver.Model;

namespace Jiaoling.Rotation.Solver.Rules;

/// <summary>
/// Posts: backbone rotated × 10^d ≥ share × 10^d × rotated, where d is the share's decimal places, so the
/// linear constraint is in integers and exact.
/// </summary>
public sealed partial class MinBackboneShare : IModelRule
{
    void IModelRule.Post(RotationModel m)
    {
        var share = m.Policy.MinBackboneShare;
        if (share <= 0)
        {
            return;
        }
        var scale = 1L;
        while (share * scale != decimal.Truncate(share * scale))
        {
            scale *= 10;
        }
        var rotated = MinExchangeRatio.Rotated(m);
        var backbone = MinExchangeRatio.Rotated(m, p => p.Sample.IsBackbone);
        m.Guards.Enforce(m.Cp.Add(scale * backbone >= (long)(share * scale) * rotated), Id, "county");
    }
}
