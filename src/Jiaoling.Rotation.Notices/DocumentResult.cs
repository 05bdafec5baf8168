namespace Jiaoling.Rotation.Notices;

/// <summary>
/// What <see cref="PlanDocuments.WriteAllAsync(RenderInput, string, DocumentOptions, CancellationToken)"/> wrote: every file (paths relative to the output folder),
/// whether the PDFs were printed, and when not, a one-line Chinese message saying why.
/// </summary>
public sealed record DocumentResult(IReadOnlyList<string> Files, bool PdfMade, string? PdfMessage);
