namespace Jiaoling.Rotation.Planning.Sheets;

/// <summary>How a column of a workbook this project writes formats its cells.</summary>
public enum CellKind
{
    /// <summary>Text typed as text (Excel's "@"): codes, ids and identity numbers keep every digit.</summary>
    Text,

    /// <summary>A whole number.</summary>
    Integer,

    /// <summary>A number with up to three decimals (FTE, km, per-100 values).</summary>
    Decimal,

    /// <summary>A coefficient of variation, three decimals.</summary>
    Cv,

    /// <summary>A coordinate in decimal degrees, six decimals.</summary>
    Coordinate,

    /// <summary>A date, shown yyyy-mm-dd.</summary>
    Date,

    /// <summary>A share shown as a percentage with one decimal.</summary>
    Percent,

    /// <summary>Prose wrapped within the column's width.</summary>
    Wrapped,
}
