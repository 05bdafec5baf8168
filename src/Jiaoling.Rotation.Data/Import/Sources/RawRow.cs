namespace Jiaoling.Rotation.Data.Import.Sources;

/// <summary>
/// One record of a table as text: the physical line (sheet row) where it starts and its cells, untrimmed.
/// <see cref="ImpreciseColumns"/> are the cells that came from an Excel number of more than 15 digits.
/// </summary>
internal sealed record RawRow(int Line, IReadOnlyList<string> Cells)
{
    public IReadOnlySet<int> ImpreciseColumns { get; init; } = new HashSet<int>();

    public bool IsBlank => Cells.All(string.IsNullOrWhiteSpace);
}
