namespace Jiaoling.Rotation.Notices;

/// <summary>How the documents of a plan are written.</summary>
public sealed record DocumentOptions
{
    /// <summary>
    /// The folder of the templates (notice.sbn-html, …, style.css); null finds <c>templates/</c> beside
    /// the program or in a folder above the working directory (see <see cref="TemplateFolder"/>).
    /// </summary>
    public string? TemplatesFolder { get; init; }

    /// <summary>Whether to print notices.pdf and report.pdf with headless Chromium (the CLI's --no-pdf turns it off).</summary>
    public bool MakePdf { get; init; } = true;

    /// <summary>The browser to print with; null searches PATH for chromium, chromium-browser, google-chrome.</summary>
    public string? BrowserPath { get; init; }

    /// <summary>How long one browser run may print before it is killed. Default 120 s.</summary>
    public TimeSpan PdfTimeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>The date the notices and the public list are signed; null is today.</summary>
    public DateOnly? IssueDate { get; init; }

    /// <summary>
    /// Where to say, in Chinese, what the writing is doing (rendering the documents, printing each PDF) so
    /// a console can show it; null says nothing.
    /// </summary>
    public IProgress<string>? Progress { get; init; }
}
