using Jiaoling.Rotation.Notices.Html;

namespace Jiaoling.Rotation.Notices;

/// <summary>
/// The templates of the documents of a plan, parsed from a folder the bureau may edit: notices, school
/// pages, the public list, the county report, and the stylesheet they share. Loading parses every file
/// and reports every error with file, line and column (see <see cref="HtmlTemplates"/>).
/// </summary>
public sealed class DocumentTemplates
{
    public const string NoticeFile = "notice.sbn-html";
    public const string SchoolFile = "school.sbn-html";
    public const string PublicListFile = "public-list.sbn-html";
    public const string ReportFile = "report.sbn-html";
    public const string StyleFile = "style.css";

    /// <summary>The template files, in the order they are checked.</summary>
    public static readonly IReadOnlyList<string> TemplateFiles = [NoticeFile, SchoolFile, PublicListFile, ReportFile];

    private readonly HtmlTemplates _templates;

    private DocumentTemplates(HtmlTemplates templates) => _templates = templates;

    public string Folder => _templates.Folder;

    /// <summary>Parses every template of the folder; throws <see cref="TemplateException"/> listing all errors.</summary>
    public static DocumentTemplates Load(string folder) => new(HtmlTemplates.Load(folder, TemplateFiles, StyleFile));

    /// <summary>
    /// Renders a template with the model's properties as variables (snake_case) and <c>css</c> as the
    /// shared stylesheet. A runtime error (an unknown variable, a bad member) throws <see cref="TemplateException"/>.
    /// </summary>
    public string Render(string name, object model) => _templates.Render(name, model);
}
