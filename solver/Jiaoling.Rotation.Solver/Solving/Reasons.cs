using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Solver.Model;
using Jiaoling.Rotation.Solver.Rules;

namespace Jiaoling.Rotation.Solver.Solving;

/// <summary>
/// The short Chinese sentence each plan row carries: what the move serves. Reasons print on notices and
/// principals' school pages, so they never reveal an HR-only field (willingness, rural-service need, exemption).
/// </summary>
internal static class Reasons
{
    public static string Transfer(RotationModel m, Teacher t, TeacherStatus status, School to, Subject subject)
    {
        var label = Codes.Subject.Label(subject);
        if (m.Demand.UnmetBefore(new DemandKey(to.Id, t.Stage, subject)) > 0)
        {
            return Codes.ShortageSubjects.Contains(subject)
                ? $"补充{Kind(to)}{label}紧缺（{to.Name}）"
                : $"补充{to.Name}{label}教师缺口";
        }
        if (m.Decisions.RequiredSchool(t.Id) == to.Id)
        {
            return $"按复核决定交流至{to.Name}";
        }
        return status switch
        {
            { Eligible: true } when t.IsBackbone => "完成骨干教师交流比例，发挥示范引领作用",
            { Eligible: true } => "完成交流轮岗比例，优化师资均衡",
            _ => "交流轮岗，优化师资均衡",
        };
    }

    public static string Principal(RotationModel m, Teacher principal, School to) =>
        PrincipalRotation.IsDue(m.County, principal)
            ? $"校长在同一学校任职满{m.Policy.PrincipalMaxYears}年，交流至{to.Name}任校长"
            : $"配合校长交流，接任{to.Name}校长";

    public static string Itinerant(School to, Subject subject) =>
        $"走教补充{Codes.Subject.Label(subject)}课程（{to.Name}）";

    private static string Kind(School s) => s switch
    {
        { TeachingPoint: true } => "教学点",
        { Area: Area.Rural } => "乡村学校",
        { Weak: true } => "薄弱学校",
        _ => "",
    };
}
