using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Solver.Rules;

namespace Jiaoling.Rotation.Solver.Greedy;

internal sealed partial class GreedyState
{
    /// <summary>
    /// Whether two teachers of the same stage and subject may trade schools: each may transfer to the
    /// other's school, and since each replaces the other no supply, headcount or quota changes.
    /// </summary>
    public bool CanSwap(Teacher a, Teacher b) =>
        a.Id != b.Id && a.Stage == b.Stage && a.Subject == b.Subject && a.SchoolId != b.SchoolId
        && IsFree(a) && IsFree(b)
        && EligibilityRule.AllowsTransfer(a, County.Status[a.Id]) && EligibilityRule.AllowsTransfer(b, County.Status[b.Id])
        && CanGo(a, b.SchoolId, a.Subject) && CanGo(b, a.SchoolId, b.Subject)
        && CoupleOk(a, b.SchoolId, b, a.SchoolId) && CoupleOk(b, a.SchoolId, a, b.SchoolId)
        && KeepsStandards((a, b.SchoolId, a.Subject), (b, a.SchoolId, b.Subject));

    /// <summary>Trades the two teachers' schools; each row's reason names the other teacher.</summary>
    public void Swap(Teacher a, Teacher b)
    {
        Transfer(a, b.SchoolId, a.Subject, SwapReason(b));
        Transfer(b, a.SchoolId, b.Subject, SwapReason(a));
    }

    private static string SwapReason(Teacher other) =>
        $"与学校 {other.SchoolId} 同学科教师 {other.Id} 对调交流，完成交流比例。";

    /// <summary>Whether principals may move to each other's schools (each school keeps one principal).</summary>
    public bool CanLead(Teacher p, SchoolId to, Teacher? partner = null, SchoolId? partnerTo = null) =>
        IsFree(p) && PrincipalRotation.AllowsSchool(p, County.Schools[to])
        && !Forbidden(p, to) && MaxTransferKm.AllowsMove(County, p.SchoolId, to)
        && CanLeave(p.SchoolId) && CoupleOk(p, to, partner, partnerTo);
}
