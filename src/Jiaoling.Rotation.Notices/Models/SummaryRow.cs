namespace Jiaoling.Rotation.Notices.Models;

/// <summary>One requirement on the report's first page: what is asked, the county before and after the plan, and the verdict.</summary>
public sealed record SummaryRow(string Requirement, string Before, string After, string Verdict, string Trend);
