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
            var path = Path.Combine(folder, name);
            if (!File.Exists(path))
            {
                problems.Add($"{name}:1:1: 模板文件不存在（应位于 {folder}）");
                continue;
            }
            var template = Template.Parse(File.ReadAllText(path), name);
            problems.AddRange(template.Messages
                .Where(m => m.Type == ParserMessageType.Error)
                .Select(m => Locate(name, m.Span, "模板语法错误", m.Message)));
            templates[name] = template;
        }
        var stylePath = Path.Combine(folder, StyleFile);
        if (!File.Exists(stylePath))
        {
            problems.Add($"{StyleFile}:1:1: 样式文件不存在（应位于 {folder}）");
        }
        if (problems.Count > 0)
        {
            throw new TemplateException(problems);
        }
        return new DocumentTemplates(folder, templates, new RawHtml(File.ReadAllText(stylePath)));
    }

    /// <summary>
    /// Renders a template with the model's properties as variables (snake_case) and <c>css</c> as the
    /// shared stylesheet. A runtime error (an unknown variable, a bad member) throws <see cref="TemplateException"/>.
    /// </summary>
    public string Render(string name, object model)
    {
        var globals = new ScriptObject();
        globals.Import(model);
        globals["css"] = _style;
        var context = new HtmlEscapingContext();
        context.PushGlobal(globals);
        try
        {
            return _templates[name].Render(context);
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
