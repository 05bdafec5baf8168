namespace Jiaoling.Rotation.Notices.Models;

/// <summary>
/// One stage × indicator of the per-school minimums for the report: the minimum, how many schools meet it
/// before and after, and the summed shortfall in teachers before and after.
/// </summary>
public sealed record StandardRow(string Stage, string Name, string Minimum, int Schools, ValueChange Meeting, ValueChange Shortfall);
