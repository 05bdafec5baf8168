namespace Jiaoling.Rotation.Data.Import.Tables;

/// <summary>A column of a contract table: its English name, its Chinese alias, and whether the header must have it.</summary>
public sealed record Column(string Name, string Alias, bool Required = false)
{
    /// <summary>
    /// Whether the column holds prose (a name, a town, a reason) that is kept as typed; every other column
    /// holds ids, codes, dates or numbers, where full-width letters and digits are read as half-width.
    /// </summary>
    public bool FreeText { get; init; }

    /// <summary>How messages name the column: <c>school_id（学校代码）</c>.</summary>
    public string Display => $"{Name}（{Alias}）";

    public bool Matches(string header) =>
        string.Equals(header, Name, StringComparison.OrdinalIgnoreCase) || header == Alias;
}
