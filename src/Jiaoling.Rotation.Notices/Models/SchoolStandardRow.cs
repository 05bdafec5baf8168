namespace Jiaoling.Rotation.Notices.Models;

/// <summary>
/// One school × stage in the report's per-school table: the three teacher indicators after the plan, each
/// beside its minimum with 达标/未达标 and the value before, and whether the three allow a pass.
/// </summary>
public sealed record SchoolStandardRow(string School, string Stage, int Students, IReadOnlyList<StandardCell> Cells, string Reading);

/// <summary>A school's value of one indicator before and after, its minimum and the verdict after the plan.</summary>
public sealed record StandardCell(string Before, string After, string Minimum, string Verdict, string Trend);
