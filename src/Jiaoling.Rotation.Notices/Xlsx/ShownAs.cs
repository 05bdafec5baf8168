namespace Jiaoling.Rotation.Notices.Xlsx;

/// <summary>The number styles of <see cref="Shown"/>.</summary>
internal enum ShownAs
{
    Percent,
    OneDecimal,
    TwoDecimals,
    ThreeDecimals,
}
