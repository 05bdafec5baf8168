using System.Text;
using System.Text.Json;

namespace Jiaoling.Rotation.Data.Import.PolicyJson;

/// <summary>
/// Says in Chinese where and why policy.json does not parse: the line and character of the first syntax
/// error, and the cause when that line shows it (Chinese punctuation typed by an input method) or the
/// file is empty. The parser's own English message is not shown.
/// </summary>
internal static class JsonSyntax
{
    private static readonly System.Buffers.SearchValues<char> ChinesePunctuation = System.Buffers.SearchValues.Create("“”‘’，：；｛｝［］【】");
    private const string Usual = "请检查键和文字值是否都用英文双引号括起，键值对之间是否有英文逗号，括号是否成对";

    public static string Describe(string text, JsonException e)
    {
        if (text.Trim().Length == 0)
        {
            return "文件是空的；内容应为一个 JSON 对象，如 { \"term_years\": 3 }";
        }
        var lines = text.Split('\n');
        if (e.LineNumber is not { } line || line >= lines.Length)
        {
            return $"不是有效的 JSON：文件末尾附近无法解析；{Usual}";
        }
        var at = $"第 {line + 1} 行第 {CharColumn(lines[line], e.BytePositionInLine ?? 0)} 个字符附近";
        var punctuation = lines[line].AsSpan().IndexOfAny(ChinesePunctuation);
        var cause = punctuation >= 0
            ? $"该行有中文标点“{lines[line][punctuation]}”，JSON 的引号、逗号、冒号和括号须用英文半角符号"
            : Usual;
        return $"不是有效的 JSON：{at}无法解析；{cause}";
    }

    // The parser counts bytes; a person counts characters, and a Chinese character is three UTF-8 bytes.
    private static int CharColumn(string line, long bytes)
    {
        var utf8 = Encoding.UTF8.GetBytes(line);
        var prefix = (int)Math.Min(bytes, utf8.Length);
        return Encoding.UTF8.GetString(utf8, 0, prefix).Length + 1;
    }
}
