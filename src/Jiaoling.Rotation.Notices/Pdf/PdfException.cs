namespace Jiaoling.Rotation.Notices.Pdf;

/// <summary>A PDF that could not be printed; the message is one Chinese line for the user.</summary>
public sealed class PdfException(string message) : Exception(message);
