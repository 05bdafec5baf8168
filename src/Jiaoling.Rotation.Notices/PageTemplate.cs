using Jiaoling.Rotation.Notices.Html;
using Scriban;

namespace Jiaoling.Rotation.Notices;

/// <summary>
/// A one-page document made outside a plan's documents — the diagnosis, the comparison of two plans — from a
/// template of the same folder with the same stylesheet, every value escaped as in the plan's documents.
/// </summary>
public sealed class PageTemplate
{
    private readonly Template _template;
    private readonly RawHtml _style;

    private PageTemplate(string name, Template template, RawHtml style)
    {
        Name = name;
        _template = template;
        _style = style;
    }

    public string Name { get; }

    /// <summary>
    /// Parses the template <paramref name="name"/> of the templates folder (<see cref="TemplateFolder.Resolve"/>
    /// of <paramref name="folder"/>); throws <see cref="TemplateException"/> listing every error.
    /// </summary>
    public static PageTemplate Load(string? folder, string name)
    {
        var resolved = TemplateFolder.Resolve(folder);
        var problems = new List<string>();
        var template = DocumentTemplates.Parse(resolved, name, problems);
        var style = DocumentTemplates.Style(resolved, problems);
        if (problems.Count > 0)
        {
            throw new TemplateException(problems);
        }
        return new PageTemplate(name, template!, style!);
    }

    /// <summary>Renders the model (its properties as snake_case variables, <c>css</c> the stylesheet).</summary>
    public string Render(object model) => DocumentTemplates.Render(_template, Name, model, _style);
}
