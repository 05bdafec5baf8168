namespace Jiaoling.Rotation.Notices.Models;

/// <summary>A school over a size limit of the standard: average class size of a stage, or students in all.</summary>
public sealed record SizeIssue(string School, string What, string Value, string Limit);
