using Jiaoling.Rotation.Notices.Models;

namespace Jiaoling.Rotation.Notices;

/// <summary>
/// Renders each HTML document of a plan to a string: a teacher's notice, all notices in one document
/// (a page each, for printing), the school pages, the public list and the county report.
/// </summary>
public sealed class HtmlDocuments(DocumentTemplates templates, RenderInput input, DateOnly issueDate)
{
    private readonly IReadOnlyList<Notice> _notices = NoticeBuilder.Build(input.County, input.Plan, issueDate);

    public IReadOnlyList<Notice> Notices => _notices;

    public string Notice(Notice notice) => templates.Render(DocumentTemplates.NoticeFile, new { Notices = new[] { notice } });

    public string AllNotices() => templates.Render(DocumentTemplates.NoticeFile, new { Notices = _notices });

    public IEnumerable<(string SchoolId, string Html)> SchoolPages() =>
        SchoolPageBuilder.Build(input).Select(page => (page.SchoolId, templates.Render(DocumentTemplates.SchoolFile, page)));

    public string PublicList() =>
        templates.Render(DocumentTemplates.PublicListFile, Models.PublicList.Build(input.County, input.Plan, issueDate));

    public string Report() => templates.Render(DocumentTemplates.ReportFile, ReportBuilder.Build(input, issueDate));
}
