using System.Globalization;
using System.Net;
using Scriban;
using Scriban.Parsing;

namespace Jiaoling.Rotation.Notices.Html;

/// <summary>
/// A Scriban context that HTML-escapes every value a template prints, so a template author cannot forget
/// to; only <see cref="RawHtml"/> values built by this library pass through. Unknown variables and
/// members are errors rather than empty output.
/// </summary>
internal sealed class HtmlEscapingContext : TemplateContext
{
    public HtmlEscapingContext()
    {
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        // Scriban stops loops at 1000 iterations by default; a county lists more teachers than that.
        LoopLimit = int.MaxValue;
        PushCulture(CultureInfo.InvariantCulture);
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject) => textAsObject switch
    {
        null => this,
        RawHtml raw => base.Write(span, raw.Html),
        _ => base.Write(span, WebUtility.HtmlEncode(ObjectToString(textAsObject))),
    };
}
