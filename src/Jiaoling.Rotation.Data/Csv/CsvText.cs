namespace Jiaoling.Rotation.Data.Csv;

/// <summary>Writes CSV records per RFC 4180: a field with a comma, quote, line break or edge blank is quoted.</summary>
public static class CsvText
{
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
}
