namespace Jiaoling.Rotation.Notices;

/// <summary>How the documents of a plan are written.</summary>
public sealed record DocumentOptions
{
    /// <summary>
    /// The folder of the templates (notice.sbn-html, …, style.css); null finds <c>templates/</c> beside
    /// the program or in a folder above the working directory (see <see cref="TemplateFolder"/>).
    /// </summary>
    public string? TemplatesFolder { get; init; }

    /// <summary>Whether to print the PDFs with headless Chromium (the CLI's --no-pdf turns it off).</summary>
    public bool MakePdf { get; init; } = true;

    /// <summary>The browser to print with; null searches PATH for chromium, chromium-browser, google-chrome.</summary>
    public string? BrowserPath { get; init; }

    /// <summary>How long one browser run may print before it is killed. Default 120 s.</summary>
    public TimeSpan PdfTimeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>
    /// The date the county report is signed; null is today. The notices, school pages and public list
    /// carry the policy's dates (<c>notice_date</c>, <c>publicity_start</c>), never this one.
    /// </summary>
    public DateOnly? ReportDate { get; init; }

    /// <summary>
    /// Where to say, in Chinese, what the writing is doing (rendering the documents, printing each PDF) so
    /// a console can show it; null says nothing.
    /// </summary>
    public IProgress<string>? Progress { get; init; }
}
