using Jiaoling.Rotation.Notices.Html;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Jiaoling.Rotation.Notices;

/// <summary>
/// The templates of the documents of a plan, parsed from a folder the bureau may edit: notices, school
/// pages, the public list, the county report, and the stylesheet they share. Loading parses every file
/// and reports every error with file, line and column.
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

    private readonly IReadOnlyDictionary<string, Template> _templates;
    private readonly RawHtml _style;

    private DocumentTemplates(string folder, IReadOnlyDictionary<string, Template> templates, RawHtml style)
    {
        Folder = folder;
        _templates = templates;
        _style = style;
    }

    public string Folder { get; }

    /// <summary>Parses every template of the folder; throws <see cref="TemplateException"/> listing all errors.</summary>
    public static DocumentTemplates Load(string folder)
    {
        var problems = new List<string>();
        var templates = new Dictionary<string, Template>();
        foreach (var name in TemplateFiles)
        {
            if (Parse(folder, name, problems) is { } template)
            {
                templates[name] = template;
            }
        }
        var style = Style(folder, problems);
        if (problems.Count > 0)
        {
            throw new TemplateException(problems);
        }
        return new DocumentTemplates(folder, templates, style!);
    }

    /// <summary>Parses one template of the folder, adding its errors (FILE:LINE:COLUMN) to <paramref name="problems"/>.</summary>
    internal static Template? Parse(string folder, string name, List<string> problems)
    {
        var path = Path.Combine(folder, name);
        if (!File.Exists(path))
        {
            problems.Add($"{name}:1:1: 模板文件不存在（应位于 {folder}）");
            return null;
        }
        var template = Template.Parse(File.ReadAllText(path), name);
        problems.AddRange(template.Messages
            .Where(m => m.Type == ParserMessageType.Error)
            .Select(m => Locate(name, m.Span, "模板语法错误", m.Message)));
        return template;
    }

    /// <summary>The folder's shared stylesheet, or null with a problem added when it is missing.</summary>
    internal static RawHtml? Style(string folder, List<string> problems)
    {
        var stylePath = Path.Combine(folder, StyleFile);
        if (File.Exists(stylePath))
        {
            return new RawHtml(File.ReadAllText(stylePath));
        }
        problems.Add($"{StyleFile}:1:1: 样式文件不存在（应位于 {folder}）");
        return null;
    }

    /// <summary>
    /// Renders a template with the model's properties as variables (snake_case) and <c>css</c> as the
    /// shared stylesheet. A runtime error (an unknown variable, a bad member) throws <see cref="TemplateException"/>.
    /// </summary>
    public string Render(string name, object model) => Render(_templates[name], name, model, _style);

    /// <summary>Renders a parsed template through the escaping context; see <see cref="Render(string, object)"/>.</summary>
    internal static string Render(Template template, string name, object model, RawHtml style)
    {
        var globals = new ScriptObject();
        globals.Import(model);
        globals["css"] = style;
        var context = new HtmlEscapingContext();
        context.PushGlobal(globals);
        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException e)
        {
            throw new TemplateException([Locate(name, e.Span, "模板取值错误（变量或成员不存在、类型不符等）", e.OriginalMessage)]);
        }
    }

    /// <summary>FILE:LINE:COLUMN, what kind of error in Chinese, then Scriban's own (English) words for the detail.</summary>
    private static string Locate(string file, SourceSpan span, string kind, string detail) =>
        $"{file}:{span.Start.Line + 1}:{span.Start.Column + 1}: {kind}：{detail}";
}
