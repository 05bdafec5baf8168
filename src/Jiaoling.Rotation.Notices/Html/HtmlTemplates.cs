using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Jiaoling.Rotation.Notices.Html;

/// <summary>
/// A folder of Scriban HTML templates and the stylesheet they share, rendered through
/// <see cref="HtmlEscapingContext"/>: every value a template prints is HTML-escaped unless it is a
/// <see cref="RawHtml"/>, so a template author cannot forget to. Loading parses every file and reports every
/// problem at once as FILE:LINE:COLUMN; a failed render does the same. The notices and the review portal both
/// render this way.
/// </summary>
public sealed class HtmlTemplates
{
    /// <summary>The variable under which every template finds the stylesheet.</summary>
    public const string StyleVariable = "css";

    private readonly IReadOnlyDictionary<string, Template> _templates;

    private HtmlTemplates(string folder, IReadOnlyDictionary<string, Template> templates, RawHtml style)
    {
        Folder = folder;
        _templates = templates;
        Style = style;
    }

    public string Folder { get; }

    /// <summary>The stylesheet as read from its file.</summary>
    public RawHtml Style { get; }

    /// <summary>Parses the templates and reads the stylesheet; throws <see cref="TemplateException"/> listing all errors.</summary>
    public static HtmlTemplates Load(string folder, IReadOnlyList<string> templateFiles, string styleFile)
    {
        var problems = new List<string>();
        var templates = new Dictionary<string, Template>();
        foreach (var name in templateFiles)
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
        var stylePath = Path.Combine(folder, styleFile);
        if (!File.Exists(stylePath))
        {
            problems.Add($"{styleFile}:1:1: 样式文件不存在（应位于 {folder}）");
        }
        if (problems.Count > 0)
        {
            throw new TemplateException(problems);
        }
        return new HtmlTemplates(folder, templates, new RawHtml(File.ReadAllText(stylePath)));
    }

    /// <summary>
    /// Renders a template with the model's properties as variables (snake_case), the stylesheet as
    /// <c>css</c>, and the given extra variables. A runtime error (an unknown variable, a bad member) throws
    /// <see cref="TemplateException"/>.
    /// </summary>
    public string Render(string name, object model, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var globals = new ScriptObject();
        globals.Import(model);
        globals[StyleVariable] = Style;
        foreach (var (key, value) in variables ?? new Dictionary<string, object?>())
        {
            globals[key] = value;
        }
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
