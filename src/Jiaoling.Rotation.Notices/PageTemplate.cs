using Jiaoling.Rotation.Notices.Html;

namespace Jiaoling.Rotation.Notices;

/// <summary>
/// A one-page document made outside a plan's documents — the diagnosis, the comparison of two plans — from a
/// template of the same folder with the same stylesheet, every value escaped as in the plan's documents.
/// </summary>
public sealed class PageTemplate
{
    private readonly HtmlTemplates _templates;

    private PageTemplate(string name, HtmlTemplates templates)
    {
        Name = name;
        _templates = templates;
    }

    public string Name { get; }

    /// <summary>
    /// Parses the template <paramref name="name"/> of the templates folder (<see cref="TemplateFolder.Resolve"/>
    /// of <paramref name="folder"/>); throws <see cref="TemplateException"/> listing every error.
    /// </summary>
    public static PageTemplate Load(string? folder, string name) =>
        new(name, HtmlTemplates.Load(TemplateFolder.Resolve(folder), [name], DocumentTemplates.StyleFile));

    /// <summary>Renders the model (its properties as snake_case variables, <c>css</c> the stylesheet).</summary>
    public string Render(object model) => _templates.Render(Name, model);
}
