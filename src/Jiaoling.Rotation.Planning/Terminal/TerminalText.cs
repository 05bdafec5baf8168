namespace Jiaoling.Rotation.Planning.Terminal;

/// <summary>Fits text to a terminal line, where a Chinese character takes two columns.</summary>
public static class TerminalText
{
    /// <summary>The terminal's width in columns, 100 when it cannot be read.</summary>
    public static int Width()
    {
        try
        {
            return Console.WindowWidth > 20 ? Console.WindowWidth : 100;
        }
        catch (IOException)
        {
            return 100;
        }
    }

    /// <summary>The text cut to at most <paramref name="columns"/> columns, ending in "…" when cut.</summary>
    public static string Fit(string text, int columns)
    {
        if (text.Sum(Columns) <= columns)
        {
            return text;
        }
        var used = 0;
        var kept = text.TakeWhile(c => (used += Columns(c)) <= columns - 1).Count();
        return text[..kept] + "…";
    }

    /// <summary>Two columns for the CJK, full-width and box-drawing ranges a progress line uses, else one.</summary>
    public static int Columns(char c) => c switch
    {
        >= '\u1100' and <= '\u115F' => 2,
        >= '\u2E80' and <= '\uA4CF' => 2,
        >= '\uAC00' and <= '\uD7A3' => 2,
        >= '\uF900' and <= '\uFAFF' => 2,
        >= '\uFE30' and <= '\uFE4F' => 2,
        >= '\uFF00' and <= '\uFF60' => 2,
        >= '\uFFE0' and <= '\uFFE6' => 2,
        _ => 1,
    };
}
