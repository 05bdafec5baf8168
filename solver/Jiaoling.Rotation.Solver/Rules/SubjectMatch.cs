using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Solver.Checking;

namespace Jiaoling.Rotation.Solver.Rules;

/// <summary>
/// A teacher teaches at the new school only a subject the teacher is qualified for; a principal move has no subject (rule <c>subject_match</c>).
/// </summary>
/// <remarks>
/// A filter only: the model offers only subjects the teacher is qualified for, so it posts no constraint.
/// </remarks>
public sealed class SubjectMatch : IPlanCheck
{
    public string Id => RuleIds.SubjectMatch;

    /// <summary>Whether the teacher may teach the subject at a new school.</summary>
    public static bool AllowsSubject(Teacher teacher, Subject subject) => teacher.CanTeach(subject);

    /// <summary>The subjects the teacher may teach at a new school: the subject taught now first, then the others.</summary>
    public static IEnumerable<Subject> Subjects(Teacher teacher) => teacher.QualifiedSubjects;

    public IEnumerable<Violation> Check(PlanCheckContext ctx)
    {
        foreach (var row in ctx.Rows)
        {
            var t = ctx.TeacherOf(row);
            var problem = (row.Kind, row.Subject) switch
            {
                (AssignmentKind.Principal, { } s) => $"校长交流行不应填写学科，却填了 {Codes.Subject.Code(s)}",
                (AssignmentKind.Principal or AssignmentKind.Return, null) when t.IsPrincipal => null,
                (AssignmentKind.Principal, null) => null,
                (_, null) => $"{Codes.Kind.Label(row.Kind)}行没有填写学科",
                (_, { } s) when !AllowsSubject(t, s) =>
                    $"任教 {Codes.Subject.Code(t.Subject)}{Others(t)}，不能任教 {Codes.Subject.Code(s)}",
                _ => null,
            };
            if (problem is not null)
            {
                yield return new Violation(Id, $"教师 {t.Id}（{t.Name}）到学校 {row.To} 的{problem}。");
            }
        }
    }

    private static string Others(Teacher t) => t.OtherSubjects.Count == 0
        ? "且无可兼任学科"
        : "，可兼任 " + string.Join("、", t.OtherSubjects.Select(Codes.Subject.Code));
}
