namespace Jiaoling.Rotation.Data.Store;

/// <summary>The name, hash and size of one stored output file of a run.</summary>
public sealed record StoredFile(string Name, string Sha256, long Bytes);
