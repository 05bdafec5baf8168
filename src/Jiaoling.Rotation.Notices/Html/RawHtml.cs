namespace Jiaoling.Rotation.Notices.Html;

/// <summary>
/// Markup built by this library (charts, the shared stylesheet) that templates print as it is. Every
/// other value a template prints is HTML-escaped by <see cref="HtmlEscapingContext"/>.
/// </summary>
public sealed record RawHtml(string Html)
{
    public override string ToString() => Html;
}
