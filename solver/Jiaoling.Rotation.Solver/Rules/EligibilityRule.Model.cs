using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Solver.Rules;

/// <summary>The rule's candidate filter: the model only offers moves this rule allows, so it posts no constraint.</summary>
public sealed partial class EligibilityRule
{
    /// <summary>A transfer row is for an eligible teacher or a movable volunteer, never a principal.</summary>
    public static bool AllowsTransfer(Teacher teacher, TeacherStatus status) => !teacher.IsPrincipal && status.MayTransfer;

    /// <summary>An itinerant row is for a movable teacher.</summary>
    public static bool AllowsItinerant(Teacher teacher, TeacherStatus status) => !teacher.IsPrincipal && status.Movable;

    /// <summary>A principal row is for a principal.</summary>
    public static bool AllowsPrincipalMove(Teacher teacher) => teacher.IsPrincipal;
}
