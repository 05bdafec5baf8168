using Jiaoling.Rotation.Notices;

namespace Jiaoling.Rotation.Planning.Comparing;

/// <summary>compare.html: the comparison of two plans on printable pages (template <c>compare.sbn-html</c>).</summary>
public sealed record ComparePage(string Title, string DataFolder, string Date, PlanComparison Comparison)
{
    public const string TemplateFile = "compare.sbn-html";
    public const string FileName = "compare.html";

    /// <summary>Renders the page; a template error throws <see cref="TemplateException"/>.</summary>
    public string Render(PageTemplate template) => template.Render(this);
}
