namespace Jiaoling.Rotation.Notices.Models;

/// <summary>
/// One line of the public list (公示名单). It holds only fields the contract marks P (printable in
/// public): a field added here must be P in the contract's teachers.csv table.
/// </summary>
public sealed record PublicListRow(int No, string Name, string CurrentSchool, string NewSchool, string Subject, string Kind);
