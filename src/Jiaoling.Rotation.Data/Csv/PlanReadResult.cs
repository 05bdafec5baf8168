using Jiaoling.Rotation.Data.Import;
using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Data.Csv;

/// <summary>
/// A plan.csv as read for checking: the rows that could be read (null when none could: the file is
/// missing, or a column is), and every <c>plan_format</c> problem as <c>plan.csv:LINE: message</c>.
/// </summary>
public sealed record PlanReadResult(Plan? Plan, IReadOnlyList<Problem> Problems)
{
    /// <summary>The physical line of plan.csv where each row of <see cref="Plan"/> starts, in the same order.</summary>
    public IReadOnlyList<int> Lines { get; init; } = [];
}
