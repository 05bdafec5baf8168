using System.Globalization;

namespace Jiaoling.Rotation.Planning.Terminal;

/// <summary>A figure as the console prints it: what it counts, its value, the decimals shown, its unit (人, 项, 所 or none).</summary>
public sealed record Quantity(string Label, double Value, int Decimals, string Unit)
{
    public string Text => Value.ToString("F" + Decimals, CultureInfo.InvariantCulture) + (Unit.Length > 0 ? " " + Unit : "");
}
