using Jiaoling.Rotation.Notices;
using Jiaoling.Rotation.Notices.Html;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;

namespace Jiaoling.Rotation.Web;

/// <summary>
/// The portal's pages as Scriban templates in <c>templates/portal/</c> (or <see cref="ReviewOptions.Templates"/>),
/// parsed once at start and rendered through the notices' escaping context: every value a page prints is
/// HTML-escaped unless the program marks it raw. Each page renders into <see cref="LayoutFile"/>, which adds
/// the header with the signed-in user's name and the logout form.
/// </summary>
public sealed class PortalTemplates
{
    public const string Subfolder = "portal";
    public const string LayoutFile = "layout.sbn-html";
    public const string StyleFile = "portal.css";

    /// <summary>Every page template, layout first.</summary>
    public static readonly IReadOnlyList<string> Files =
    [
        LayoutFile, PortalPage.Login, PortalPage.Message, PortalPage.Principal, PortalPage.Dashboard, PortalPage.Accounts,
        PortalPage.Password, PortalPage.Audit, PortalPage.Alternatives, PortalPage.Job, PortalPage.Diff,
        PortalPage.Register, PortalPage.RegisterHistory, PortalPage.ChangePassword,
    ];

    private readonly HtmlTemplates _templates;

    private PortalTemplates(HtmlTemplates templates) => _templates = templates;

    /// <summary>The stylesheet every page links to (served at <c>/portal.css</c>).</summary>
    public string Style => _templates.Style.Html;

    /// <summary>
    /// Parses the portal templates of the configured folder, else of <c>templates/portal</c> beside the
    /// program or above the working directory; throws <see cref="TemplateException"/> listing every error.
    /// </summary>
    public static PortalTemplates Load(string? configured) =>
        new(HtmlTemplates.Load(string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(TemplateFolder.Resolve(null), Subfolder)
            : Path.GetFullPath(configured), Files, StyleFile));

    /// <summary>
    /// The whole HTML of a page for this request. Every template also sees <c>token</c> (the antiforgery
    /// field's <c>name</c> and <c>value</c> for its forms).
    /// </summary>
    public string Render(PortalPage page, HttpContext context, IAntiforgery antiforgery)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        var shared = new Dictionary<string, object?> { ["token"] = new { name = tokens.FormFieldName, value = tokens.RequestToken } };
        var content = _templates.Render(page.Template, page.Model, shared);
        var user = context.User.Identity?.IsAuthenticated == true ? Portal.Of(context.User).DisplayName : null;
        return _templates.Render(LayoutFile, new { page.Title, User = user, page.Refresh, Content = new RawHtml(content) }, shared);
    }
}
