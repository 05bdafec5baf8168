namespace Jiaoling.Rotation.Data.Import.Sources;

/// <summary>
/// A table as read from a CSV file or a sheet, before any column is interpreted. <see cref="File"/> is the
/// name problems are reported under (<c>teachers.csv</c>, <c>county.xlsx[教师]</c>). Header is line 1.
/// </summary>
internal sealed record RawTable(string File, IReadOnlyList<string> Header, IReadOnlyList<RawRow> Rows)
{
    /// <summary>Whether rows must have exactly as many cells as the header (CSV); sheets are padded.</summary>
    public bool Strict { get; init; }

    /// <summary>Whether the table is a sheet of a workbook, where messages name the cell's column letter.</summary>
    public bool IsWorkbook { get; init; }
}
