namespace Jiaoling.Rotation.Domain.Metrics;

/// <summary>
/// A school's teachers against the unified staffing norm (1:19 小学, 1:13.5 初中): the posts its students
/// warrant, the teachers and principals on its roll, and the difference (positive: over the norm).
/// </summary>
public sealed record StaffingLevel(School School, int Teachers, decimal NormPosts)
{
    public decimal Difference => Teachers - NormPosts;

    /// <summary>The school's level against the norm; null for a school without students.</summary>
    public static StaffingLevel? Of(School school, int headcount)
    {
        if (school.Students == 0)
        {
            return null;
        }
        var posts = CountyMetrics.Stages.Sum(st => school.Enrolment(st).Students / BalanceStandards.StudentsPerPost(st));
        return new StaffingLevel(school, headcount, Math.Round(posts, 1, MidpointRounding.AwayFromZero));
    }
}
