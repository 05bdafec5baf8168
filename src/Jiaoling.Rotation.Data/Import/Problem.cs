namespace Jiaoling.Rotation.Data.Import;

/// <summary>
/// One problem found in a dataset: the bare file name (with <c>[SHEET]</c> for a multi-sheet workbook),
/// the 1-based physical line (sheet row) where the record starts, and a Chinese message.
/// </summary>
public sealed record Problem(string File, int Line, string Message, bool IsWarning)
{
    /// <summary>As the contract prints it: <c>FILE:LINE: message</c> or <c>FILE:LINE: warning: message</c>.</summary>
    public override string ToString() =>
        IsWarning ? $"{File}:{Line}: warning: {Message}" : $"{File}:{Line}: {Message}";
}
