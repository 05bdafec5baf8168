namespace Jiaoling.Rotation.Notices.Xlsx;

/// <summary>
/// A number a sheet shows in a given style: a fraction as a percentage (0.103 shows 10.3%), or a value with
/// a fixed number of decimals (1 to 3). Plain decimals, ints and doubles show as Excel's general numbers,
/// a <see cref="DateOnly"/> as a date.
/// </summary>
internal readonly record struct Shown(double Value, ShownAs As)
{
    public static Shown Percent(double fraction) => new(fraction, ShownAs.Percent);

    public static Shown Percent(decimal fraction) => new((double)fraction, ShownAs.Percent);

    public static Shown Fixed(double value, int decimals) => new(value, decimals switch
    {
        1 => ShownAs.OneDecimal,
        2 => ShownAs.TwoDecimals,
        _ => ShownAs.ThreeDecimals,
    });

    public static Shown Fixed(decimal value, int decimals) => Fixed((double)value, decimals);
}
