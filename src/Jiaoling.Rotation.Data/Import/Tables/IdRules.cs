using System.Text;
using System.Text.RegularExpressions;

namespace Jiaoling.Rotation.Data.Import.Tables;

/// <summary>
/// What a teacher or school id (工号, 学校代码) may hold. Ids name files and folders of the outputs (a
/// notice per teacher, a PDF per school), so path separators, characters Windows forbids in file names,
/// control characters and leading or trailing dots are refused; so is a number Excel has shown in
/// scientific notation, whose last digits are gone.
/// </summary>
internal static partial class IdRules
{
    public const int MaxLength = 64;

    private const string Forbidden = "/\\:*?\"<>|";

    public const string Allowed =
        "代码可用字母、数字、汉字和 - _ . 等字符，不得含 / \\ : * ? \" < > | 和控制字符，不得以 . 开头或结尾，至多 64 个字符";

    public const string AsText = "请在 Excel 中把该列设置为“文本”格式，重新录入完整的值后再保存";

    /// <summary>Why the id is not valid, as the end of a sentence quoting it; null when it is valid.</summary>
    public static string? Problem(string id)
    {
        if (LooksScientific(id))
        {
            return $"是 Excel 以科学计数法显示的数字，末尾几位已经丢失；{AsText}";
        }
        var bad = Array.FindIndex(id.ToCharArray(), c => char.IsControl(c) || Forbidden.Contains(c));
        if (bad >= 0)
        {
            return $"含有不允许的字符{Show(id[bad].ToString())}；{Allowed}";
        }
        if (id.StartsWith('.') || id.EndsWith('.'))
        {
            return $"以英文句点开头或结尾；{Allowed}";
        }
        return id.Length > MaxLength ? $"长 {id.Length} 个字符；{Allowed}" : null;
    }

    /// <summary>Whether a cell holds a number as Excel displays it in scientific notation (4.41427E+17).</summary>
    public static bool LooksScientific(string text) => Scientific().IsMatch(text);

    /// <summary>The text with control characters written as <c>\u0000</c>, so that a message prints them visibly.</summary>
    public static string Show(string text)
    {
        var shown = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            shown.Append(char.IsControl(c) ? $"\\u{(int)c:X4}" : c);
        }
        return $"“{shown}”";
    }

    [GeneratedRegex("^[0-9](\\.[0-9]+)?E\\+[0-9]{1,3}$", RegexOptions.IgnoreCase)]
    private static partial Regex Scientific();
}
