using System.Text;

namespace Jiaoling.Rotation.Data.Import.Sources;

/// <summary>
/// Splits CSV text into records per RFC 4180 (comma, double-quote quoting, quoted commas, quotes and line
/// breaks), keeping for each record the physical line where it starts.
/// </summary>
internal static class CsvTokenizer
{
    /// <summary>The records of <paramref name="text"/>; <paramref name="unclosedQuoteLine"/> is the line of a
    /// record whose quote never closes (its text then runs to the end of the file).</summary>
    public static IReadOnlyList<RawRow> Tokenize(string text, out int? unclosedQuoteLine)
    {
        var rows = new List<RawRow>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var start = 1;
        var quoted = false;
        var wasQuoted = false;
        unclosedQuoteLine = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += IsLineBreak(text, i) ? 1 : 0;
                    field.Append(c);
                }
                continue;
            }
            switch (c)
            {
                case '"' when !wasQuoted && string.IsNullOrWhiteSpace(field.ToString()):
                    // A quote after leading blanks opens a quoted field; the blanks are dropped like any padding.
                    field.Clear();
                    quoted = wasQuoted = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    wasQuoted = false;
                    break;
                case '\r' or '\n':
                    if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }
                    fields.Add(field.ToString());
                    rows.Add(new RawRow(start, fields.ToArray()));
                    fields.Clear();
                    field.Clear();
                    wasQuoted = false;
                    line++;
                    start = line;
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }
        if (quoted)
        {
            unclosedQuoteLine = start;
        }
        if (fields.Count > 0 || field.Length > 0 || wasQuoted)
        {
            fields.Add(field.ToString());
            rows.Add(new RawRow(start, fields.ToArray()));
        }
        return rows;
    }

    // A CR LF pair inside quotes counts once: at its LF.
    private static bool IsLineBreak(string text, int i) =>
        text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n'));
}
