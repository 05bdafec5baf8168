namespace Jiaoling.Rotation.Domain.Metrics;

/// <summary>A school stage whose average class size (students ÷ classes) is over the standard's largest.</summary>
public sealed record OversizeClasses(School School, Stage Stage, int Students, int Classes, int Limit)
{
    public double AverageClassSize => (double)Students / Classes;
}
