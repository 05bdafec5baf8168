namespace Jiaoling.Rotation.Notices;

/// <summary>
/// A template that does not parse or fails while rendering. Each problem reads
/// <c>FILE:LINE:COLUMN: message</c> (1-based), so the bureau can find it in the file it edited.
/// </summary>
public sealed class TemplateException(IReadOnlyList<string> problems)
    : Exception("模板有误：" + string.Join("；", problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
