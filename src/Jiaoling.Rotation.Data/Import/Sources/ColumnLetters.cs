namespace Jiaoling.Rotation.Data.Import.Sources;

/// <summary>Excel's column letters: A for the first column, Z for the 26th, AA for the 27th.</summary>
public static class ColumnLetters
{
    /// <summary>The letters of the 0-based column index.</summary>
    public static string Of(int index) => index < 26
        ? ((char)('A' + index)).ToString()
        : Of(index / 26 - 1) + (char)('A' + index % 26);

    /// <summary>The 0-based column index of a cell reference such as <c>H17</c>; -1 when it has no letters.</summary>
    public static int IndexOf(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetter))
        {
            index = index * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        }
        return index - 1;
    }
}
