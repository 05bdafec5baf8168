namespace Jiaoling.Rotation.Data.Import.Tables;

/// <summary>
/// The known header a misspelled one was most likely meant to be: the English name or Chinese alias at the
/// smallest edit distance, when it is close enough to be a typo rather than another column.
/// </summary>
internal static class HeaderGuess
{
    /// <summary>The column and its spelling (name or alias) nearest to <paramref name="header"/>, or null when none is close.</summary>
    public static (Column Column, string Spelling)? Nearest(string header, IEnumerable<Column> columns)
    {
        var typed = header.ToLowerInvariant();
        (Column Column, string Spelling, int Distance)? best = null;
        foreach (var column in columns)
        {
            foreach (var spelling in new[] { column.Name, column.Alias })
            {
                var distance = EditDistance.Between(typed, spelling.ToLowerInvariant());
                if (distance <= Tolerance(spelling) && (best is null || distance < best.Value.Distance))
                {
                    best = (column, spelling, distance);
                }
            }
        }
        return best is { } b ? (b.Column, b.Spelling) : null;
    }

    // A Chinese character carries about as much as an English word, so Chinese aliases tolerate fewer edits.
    private static int Tolerance(string spelling) => spelling.All(char.IsAscii)
        ? Math.Clamp(spelling.Length / 4, 1, 3)
        : spelling.Length <= 3 ? 1 : 2;
}
