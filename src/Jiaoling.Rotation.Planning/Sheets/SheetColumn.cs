namespace Jiaoling.Rotation.Planning.Sheets;

/// <summary>
/// A column of a sheet: its header, how its cells are formatted, its width in characters, whether the header
/// is marked as required, and the values a drop-down list offers (none when free).
/// </summary>
public sealed record SheetColumn(string Header, CellKind Kind, double Width)
{
    public bool Required { get; init; }

    public IReadOnlyList<string> Choices { get; init; } = [];
}
