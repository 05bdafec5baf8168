using Jiaoling.Rotation.Notices.Models;

namespace Jiaoling.Rotation.Notices;

/// <summary>
/// Renders each HTML document of a plan to a string: a teacher's notice, the plan's document with every
/// notice as its annex (a page each, for printing), the school pages, the public list and the county report. <paramref name="reportDate"/> dates the county report only; the
/// notices, school pages and public list are dated by the policy.
/// </summary>
public sealed class HtmlDocuments(DocumentTemplates templates, RenderInput input, DateOnly reportDate)
{
    private readonly IReadOnlyList<Notice> _notices = NoticeBuilder.Build(input.County, input.Plan);

    public IReadOnlyList<Notice> Notices => _notices;

    /// <summary>The plan's one document whose annex items the notices are.</summary>
    public NoticeFile File => field ??= NoticeFileBuilder.Build(input.County.Policy, _notices);

    /// <summary>One teacher's notice alone, as the teacher receives it.</summary>
    public string Notice(Notice notice) => RenderNotices([notice], cover: false);

    /// <summary>The document and every notice, for notices.pdf.</summary>
    public string AllNotices() => RenderNotices(_notices, cover: true);

    /// <summary>
    /// For every school a notice concerns (sending or receiving), in school id order: the school's id and
    /// name, and its notices in annex order.
    /// </summary>
    public IEnumerable<(string SchoolId, string Name, IReadOnlyList<Notice> Notices)> SchoolNotices() =>
        _notices.SelectMany(n => n.SchoolIds)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .Select(id => (id, Format.SchoolName(input.County, new Domain.SchoolId(id)),
                (IReadOnlyList<Notice>)_notices.Where(n => n.SchoolIds.Contains(id)).ToList()));

    public IEnumerable<(string SchoolId, string Html)> SchoolPages() =>
        SchoolPageBuilder.Build(input).Select(page => (page.SchoolId, templates.Render(DocumentTemplates.SchoolFile, page)));

    public string PublicList() =>
        templates.Render(DocumentTemplates.PublicListFile, Models.PublicList.Build(input.County, input.Plan));

    public string Report() => templates.Render(DocumentTemplates.ReportFile, ReportBuilder.Build(input, reportDate));

    private string RenderNotices(IReadOnlyList<Notice> notices, bool cover) =>
        templates.Render(DocumentTemplates.NoticeFile, new { File, Cover = cover, Notices = notices });
}
