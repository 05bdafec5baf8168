using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Planning.Rollover;

/// <summary>
/// Next year's dataset from this year's and its final plan (docs/register.md says why each rule reads so):
/// a transferred teacher works at the host school from the row's start, teaching the row's subject, with the
/// post held at the school holding it before and <c>last_rotation_end</c> the row's end; a moved principal leads
/// the new school from the start (school and role start dates); a returning teacher works at the post school
/// again, the post no longer held elsewhere; a teacher whose term ended at this plan's start without a return
/// and whom HR ruled to stay (<c>stay</c>) keeps the post at the host school; an itinerant share ends with the
/// school year. Everything else carries over; the decisions, which answered this year's review, do not; the
/// policy's plan start date becomes the new one.
/// </summary>
public static class NextYear
{
    public static NextYearResult Build(Dataset dataset, Plan plan, DateOnly planStart)
    {
        var rows = plan.Assignments.ToLookup(a => a.TeacherId);
        var stays = dataset.Decisions.Where(d => d.Kind == DecisionKind.Stay).Select(d => d.Teacher).ToHashSet();
        var thisStart = dataset.Policy.PlanStartDate;
        var postsMoved = 0;
        var teachers = dataset.Teachers.Select(t =>
        {
            var move = rows[t.Id].FirstOrDefault(a => a.Kind != AssignmentKind.Itinerant);
            if (move is null && t.PostSchoolId is not null && t.LastRotationEnd <= thisStart && stays.Contains(t.Id))
            {
                postsMoved++;
                return t with { PostSchoolId = null };
            }
            return move is null ? t : Moved(t, move);
        }).ToList();
        var count = plan.Assignments.Where(a => a.Kind != AssignmentKind.Itinerant).CountBy(a => a.Kind).ToDictionary();
        return new NextYearResult(
            dataset with { Teachers = teachers, Decisions = [], Policy = NextPolicy(dataset.Policy, planStart) },
            count.GetValueOrDefault(AssignmentKind.Transfer),
            count.GetValueOrDefault(AssignmentKind.Principal),
            count.GetValueOrDefault(AssignmentKind.Return),
            plan.Assignments.Where(a => a.Kind == AssignmentKind.Itinerant).Select(a => a.TeacherId).Distinct().Count(),
            postsMoved);
    }

    private static Teacher Moved(Teacher t, Assignment move) => move.Kind switch
    {
        AssignmentKind.Transfer => Teach(t, move.Subject) with
        {
            SchoolId = move.To,
            PostSchoolId = move.To == t.PostSchool ? null : t.PostSchool,
            SchoolStartDate = move.StartDate,
            LastRotationEnd = move.EndDate,
        },
        AssignmentKind.Principal => t with
        {
            SchoolId = move.To, PostSchoolId = null, SchoolStartDate = move.StartDate, RoleStartDate = move.StartDate,
        },
        AssignmentKind.Return => Teach(t, move.Subject) with { SchoolId = move.To, PostSchoolId = null, SchoolStartDate = move.StartDate },
        _ => t,
    };

    /// <summary>The teacher teaching the row's subject from now on, still qualified for the one taught before.</summary>
    private static Teacher Teach(Teacher t, Subject? subject) => subject is not { } s || s == t.Subject
        ? t
        : t with { Subject = s, OtherSubjects = t.QualifiedSubjects.Where(q => q != s).ToList() };

    /// <summary>
    /// Next year's policy: the same rules from the new start date. This year's signing, reporting and publicity
    /// dates are dropped, so next year's fall back to their defaults before the new start (HR may set them again).
    /// </summary>
    private static Policy NextPolicy(Policy policy, DateOnly planStart) =>
        policy with { PlanStartDate = planStart, NoticeDate = null, ReportDate = null, PublicityStart = null };
}
