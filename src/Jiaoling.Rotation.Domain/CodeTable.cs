namespace Jiaoling.Rotation.Domain;

/// <summary>
/// The codes of one enumeration of the data contract: each value's code, its Chinese label, and the
/// synonyms a county's spreadsheets use. Matching is case-insensitive and ignores surrounding blanks.
/// </summary>
public sealed class CodeTable<T> where T : struct, Enum
{
    private readonly Dictionary<T, (string Code, string Label)> _byValue = new();
    private readonly Dictionary<string, T> _byText = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<T> _values = new();

    /// <summary>Adds a value with its code, label and any synonyms.</summary>
    public CodeTable<T> Add(T value, string code, string label, params string[] synonyms)
    {
        _byValue[value] = (code, label);
        _values.Add(value);
        foreach (var text in synonyms.Prepend(label).Prepend(code))
        {
            _byText[text] = value;
        }
        return this;
    }

    /// <summary>The values in declaration order.</summary>
    public IReadOnlyList<T> Values => _values;

    public string Code(T value) => _byValue[value].Code;

    public string Label(T value) => _byValue[value].Label;

    public bool TryParse(string? text, out T value) => _byText.TryGetValue(text?.Trim() ?? "", out value);

    /// <summary>The valid codes with their labels, as an error message lists them: <c>urban(城区), town(镇区)</c>.</summary>
    public string Describe() => string.Join(", ", _values.Select(v => $"{Code(v)}({Label(v)})"));
}
