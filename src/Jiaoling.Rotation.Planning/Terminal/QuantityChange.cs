namespace Jiaoling.Rotation.Planning.Terminal;

/// <summary>A figure from the start of a step to now: "未达到最低标准的学校×指标 45 项 → 38 项".</summary>
public sealed record QuantityChange(Quantity From, Quantity Now)
{
    public override string ToString() => $"{Now.Label} {From.Text} → {Now.Text}";
}
