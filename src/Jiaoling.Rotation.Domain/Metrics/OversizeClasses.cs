namespace Jiaoling.Rotation.Domain.Metrics;

/// <summary>A school stage whose average class size (students ÷ classes) is over the standard's largest.</summary>
public sealed record OversizeClasses(School School, Stage Stage, int Students, int Classes, int Limit)
{
    public double AverageClassSize => (double)Students / Classes;

    /// <summary>How a report names it: 超大班额 from 66, 大班额 from 56, else over the provincial standard.</summary>
    public string Label => AverageClassSize >= BalanceStandards.VeryLargeClass ? "超大班额"
        : AverageClassSize >= BalanceStandards.LargeClass ? "大班额"
        : "超过省定班额标准";
}
