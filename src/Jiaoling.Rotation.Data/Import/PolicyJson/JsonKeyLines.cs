using System.Text.Json;

namespace Jiaoling.Rotation.Data.Import.PolicyJson;

/// <summary>
/// The line of every key of a JSON document, by dotted path (<c>objectives.order</c>), found with
/// <see cref="Utf8JsonReader"/> since <see cref="JsonDocument"/> keeps no positions.
/// </summary>
internal sealed class JsonKeyLines
{
    private readonly Dictionary<string, List<int>> _lines = new();

    /// <summary>Indexes the document; throws <see cref="JsonException"/> when it does not parse.</summary>
    public JsonKeyLines(byte[] utf8, JsonReaderOptions options)
    {
        var newlines = new List<long>();
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                newlines.Add(i);
            }
        }
        var reader = new Utf8JsonReader(utf8, options);
        var containers = new Stack<string>();
        string? pending = null;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    pending = Join(containers.Count == 0 ? "" : containers.Peek(), reader.GetString() ?? "");
                    Lines(pending).Add(LineAt(newlines, reader.TokenStartIndex));
                    break;
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    containers.Push(pending ?? (containers.Count == 0 ? "" : containers.Peek() + "[]"));
                    pending = null;
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    containers.Pop();
                    break;
                default:
                    pending = null;
                    break;
            }
        }
    }

    public static string Join(string parent, string name) => parent.Length == 0 ? name : parent + "." + name;

    /// <summary>The line of the key's first occurrence; 1 when unknown.</summary>
    public int LineOf(string path) => _lines.TryGetValue(path, out var lines) ? lines[0] : 1;

    /// <summary>Lines where a key appears again in its object, with the line of its first occurrence.</summary>
    public IEnumerable<(string Path, int Line, int First)> Repeats() =>
        _lines.SelectMany(kv => kv.Value.Skip(1).Select(line => (kv.Key, line, kv.Value[0])));

    private List<int> Lines(string path)
    {
        if (!_lines.TryGetValue(path, out var lines))
        {
            _lines[path] = lines = [];
        }
        return lines;
    }

    private static int LineAt(List<long> newlines, long offset)
    {
        var index = newlines.BinarySearch(offset);
        return (index < 0 ? ~index : index) + 1;
    }
}
