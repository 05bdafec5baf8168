using System.Globalization;
using System.Text.Json;
using Jiaoling.Rotation.Data.Import.Tables;
using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Data.Import.PolicyJson;

/// <summary>
/// Reads typed values of policy.json, reporting a wrong type or a value out of range at the key's line,
/// quoting the value and saying what is valid. A bad value yields null so the default stays.
/// </summary>
internal sealed class JsonValues(JsonKeyLines lines, ProblemLog log)
{
    public const string File = "policy.json";

    public void Error(string path, string message) => log.Error(File, lines.LineOf(path), $"键 {path} {message}");

    public void Warn(string path, string message) => log.Warn(File, lines.LineOf(path), $"键 {path} {message}");

    public int? Int(string path, JsonElement value, int min, int max) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var d) && d == decimal.Truncate(d)
        && d >= min && d <= max
            ? (int)d
            : Invalid<int>(path, value, $"{min} 到 {max} 之间的整数");

    public decimal? Decimal(string path, JsonElement value, decimal min, decimal max, string? expected = null) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var d) && d >= min && d <= max
            ? d
            : Invalid<decimal>(path, value, expected ?? $"{Show(min)} 到 {Show(max)} 之间的数");

    /// <summary>A distance in km: &gt; 0, or ≥ 0 when zero is allowed.</summary>
    public double? Km(string path, JsonElement value, bool zeroAllowed) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var d) && double.IsFinite(d)
        && (zeroAllowed ? d >= 0 : d > 0)
            ? d
            : Invalid<double>(path, value, zeroAllowed ? "不小于 0 的公里数" : "大于 0 的公里数");

    public bool? Bool(string path, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => Invalid<bool>(path, value, "true 或 false"),
    };

    public string? Text(string path, JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.String && value.GetString()!.Trim().Length > 0)
        {
            return value.GetString()!.Trim();
        }
        Error(path, $"的值 {value.GetRawText()} 无效，应为非空字符串");
        return null;
    }

    /// <summary>A telephone number as printed: digits, with hyphens, spaces or brackets between them.</summary>
    public string? Phone(string path, JsonElement value)
    {
        var text = value.ValueKind == JsonValueKind.String ? value.GetString()!.Trim() : "";
        if (text.Count(char.IsAsciiDigit) >= 3 && text.Length <= 30 && text.All(c => char.IsAsciiDigit(c) || "-–—() （）".Contains(c)))
        {
            return text;
        }
        Error(path, $"的值 {value.GetRawText()} 无效，应为电话号码（数字，可含短横线、空格、括号），如 \"0753-7872345\"");
        return null;
    }

    public DateOnly? Date(string path, JsonElement value) =>
        value.ValueKind == JsonValueKind.String && ValueParsers.TryDate(value.GetString()!, out var date)
            ? date
            : Invalid<DateOnly>(path, value, $"字符串形式的日期，{ValueParsers.DateFormat}，如 \"2027-09-01\"");

    public T? Code<T>(string path, JsonElement value, CodeTable<T> codes) where T : struct, Enum =>
        value.ValueKind == JsonValueKind.String && codes.TryParse(value.GetString(), out var code)
            ? code
            : Invalid<T>(path, value, "以下之一：" + codes.Describe());

    /// <summary>The properties of an object, each name once (a repeat was reported by the key index).</summary>
    public IEnumerable<(string Path, JsonProperty Property)> Properties(string path, JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            Invalid<int>(path, value, "JSON 对象 { ... }");
            yield break;
        }
        var seen = new HashSet<string>();
        foreach (var property in value.EnumerateObject().Where(p => seen.Add(p.Name)))
        {
            yield return (JsonKeyLines.Join(path, property.Name), property);
        }
    }

    public T? Invalid<T>(string path, JsonElement value, string expected) where T : struct
    {
        Error(path, $"的值 {value.GetRawText()} 无效，应为{expected}");
        return null;
    }

    private static string Show(decimal d) => d.ToString(CultureInfo.InvariantCulture);
}
