namespace Jiaoling.Rotation.Data.Import;

/// <summary>A file a dataset was read from: its bare name and the SHA-256 of its bytes (lower-case hex).</summary>
public sealed record SourceFile(string Name, string Sha256);
