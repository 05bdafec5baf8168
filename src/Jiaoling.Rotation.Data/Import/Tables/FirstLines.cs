namespace Jiaoling.Rotation.Data.Import.Tables;

/// <summary>Remembers where each key first appeared, so a repeat is reported at the later line naming the first.</summary>
internal sealed class FirstLines<TKey> where TKey : notnull
{
    private readonly Dictionary<TKey, int> _lines = new();

    public bool Contains(TKey key) => _lines.ContainsKey(key);

    public int LineOf(TKey key) => _lines[key];

    /// <summary>Adds the key at the row's line; a repeat is reported as "<paramref name="what"/>重复" and not added.</summary>
    public bool Add(RowReader row, TKey key, string what)
    {
        if (_lines.TryGetValue(key, out var first))
        {
            row.Error($"{what}重复，首次出现在第 {first} 行");
            return false;
        }
        _lines[key] = row.Line;
        return true;
    }
}
