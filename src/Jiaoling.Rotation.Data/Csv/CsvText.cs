namespace Jiaoling.Rotation.Data.Csv;

/// <summary>
/// Writes CSV records per RFC 4180: a field with a comma, quote, line break or edge blank is quoted.
/// Text that a spreadsheet would run as a formula (a cell beginning with = + - @, a tab or a carriage
/// return) is written behind an apostrophe, which the project's reader takes off again.
/// </summary>
public static class CsvText
{
    private const char Guard = '\'';
    private const string FormulaStarts = "=+-@\t\r";

    public static string Field(string value)
    {
        var needsQuotes = value.AsSpan().IndexOfAny(",\"\r\n") >= 0
                          || (value.Length > 0 && (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1])));
        return needsQuotes ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }

    public static void WriteRecord(TextWriter writer, IEnumerable<string> fields)
    {
        writer.Write(string.Join(",", fields.Select(Field)));
        writer.Write('\n');
    }

    /// <summary>
    /// A text value (a name, an id, a reason) made inert for spreadsheets: behind an apostrophe when it
    /// starts like a formula. Apostrophes already in front of such a start get one more, so that
    /// <see cref="Restore"/> gives back exactly the value. Numbers and dates must not pass through here.
    /// </summary>
    public static string Text(string value) => StartsLikeFormula(value) ? Guard + value : value;

    /// <summary>A cell as <see cref="Text"/> wrote it, with its guarding apostrophe taken off.</summary>
    public static string Restore(string cell) =>
        cell.Length > 1 && cell[0] == Guard && StartsLikeFormula(cell.AsSpan(1)) ? cell[1..] : cell;

    private static bool StartsLikeFormula(ReadOnlySpan<char> text)
    {
        var rest = text.TrimStart(Guard);
        return rest.Length > 0 && FormulaStarts.Contains(rest[0]);
    }
}
