namespace Jiaoling.Rotation.Domain;

/// <summary>
/// Returns at the end of a term (期满返回, the project's multi-year extension): a teacher working at a host
/// school while the post is held at another school (<c>post_school_id</c>) goes back to the post school when
/// the rotation has ended (<c>last_rotation_end</c> on or before the plan start), unless a review decision
/// says the teacher stays (then the post moves to the host school at the next rollover). Returns count toward
/// no quota and are outside outflow_cap and staff_quota: the post never left the home school.
/// </summary>
public static class Returns
{
    /// <summary>Whether the teacher's term has ended and the post is held at another school.</summary>
    public static bool IsDue(Teacher t, Policy policy) =>
        t.PostSchoolId is { } post && post != t.SchoolId && t.LastRotationEnd is { } end && end <= policy.PlanStartDate;

    /// <summary>The return rows due this year, in teacher order: from the host school to the post school.</summary>
    public static Plan Due(County county)
    {
        var stays = county.Dataset.Decisions.Where(d => d.Kind == DecisionKind.Stay).Select(d => d.Teacher).ToHashSet();
        return new Plan(county.Dataset.Teachers
            .Where(t => IsDue(t, county.Policy) && !stays.Contains(t.Id) && county.Schools.ContainsKey(t.PostSchool))
            .OrderBy(t => t.Id)
            .Select(t => Assignment.Of(t, AssignmentKind.Return, t.PostSchool, t.IsPrincipal ? null : t.Subject, 1m, county.Policy,
                $"交流期满，返回{county.Schools[t.PostSchool].Name}（人事关系所在学校）"))
            .ToList());
    }
}
