using System.Text;

namespace Jiaoling.Rotation.Data.Import.Tables;

/// <summary>
/// Full-width forms (ＡＢＣ１２３，the ideographic space) as a Chinese input method types them, read as the
/// half-width characters they stand for.
/// </summary>
internal static class FullWidth
{
    private const char First = '\uFF01';
    private const char Last = '\uFF5E';
    private const int Offset = 0xFEE0;
    private const char IdeographicSpace = '\u3000';

    public static bool Contains(string text) => text.Any(c => c is >= First and <= Last or IdeographicSpace);

    /// <summary>
    /// Whether the text has full-width letters or digits, which deserve a warning; full-width punctuation such
    /// as the separator ； is what Chinese input gives and the contract accepts.
    /// </summary>
    public static bool HasLettersOrDigits(string text) => text.Any(c => c is >= '０' and <= '９' or >= 'Ａ' and <= 'Ｚ' or >= 'ａ' and <= 'ｚ');

    /// <summary>The text with every full-width ASCII form and ideographic space made half-width, then trimmed.</summary>
    public static string ToHalfWidth(string text)
    {
        if (!Contains(text))
        {
            return text;
        }
        var half = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            half.Append(c switch
            {
                >= First and <= Last => (char)(c - Offset),
                IdeographicSpace => ' ',
                _ => c,
            });
        }
        return half.ToString().Trim();
    }
}
