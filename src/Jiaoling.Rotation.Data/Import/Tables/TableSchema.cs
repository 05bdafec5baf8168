namespace Jiaoling.Rotation.Data.Import.Tables;

/// <summary>
/// A table of the contract: its name (<c>schools</c>, the CSV file's stem and a sheet name), its Chinese
/// alias (a sheet name too), whether the dataset must have it, and its columns.
/// </summary>
public sealed record TableSchema(string Name, string Alias, bool Required, IReadOnlyList<Column> Columns)
{
    public string CsvName => Name + ".csv";

    public bool MatchesSheet(string sheet) =>
        string.Equals(sheet.Trim(), Name, StringComparison.OrdinalIgnoreCase) || sheet.Trim() == Alias;
}
