using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Solver.Objectives;
using Jiaoling.Rotation.Solver.Rules;

namespace Jiaoling.Rotation.Solver.Greedy;

internal sealed partial class GreedyState
{
    /// <summary>
    /// Whether the teacher may transfer to the school to teach the subject: eligibility, stage, subject,
    /// distance, decisions, outflow cap, staff quota, couples, no new shortage at home and the minimums the
    /// home school meets.
    /// </summary>
    public bool CanTransfer(Teacher t, SchoolId to, Subject subject) => CanSparePost(t) && CanTransferIfSpared(t, to, subject);

    /// <summary>Every test of <see cref="CanTransfer"/> but whether the home school can spare the post.</summary>
    public bool CanTransferIfSpared(Teacher t, SchoolId to, Subject subject) =>
        CanTransferButStandards(t, to, subject) && KeepsStandards((t, to, subject));

    /// <summary>Every test of <see cref="CanTransferIfSpared"/> but keep_standards.</summary>
    public bool CanTransferButStandards(Teacher t, SchoolId to, Subject subject) =>
        IsFree(t) && EligibilityRule.AllowsTransfer(t, County.Status[t.Id]) && CanGo(t, to, subject)
        && CanReceive(to) && CoupleOk(t, to);

    /// <summary>The per-move tests a transfer and each half of a swap share (not quota, spare or couples).</summary>
    public bool CanGo(Teacher t, SchoolId to, Subject subject) =>
        to != t.SchoolId && StageMatch.AllowsSchool(t, County.Schools[to]) && SubjectMatch.AllowsSubject(t, subject)
        && !Forbidden(t, to) && MaxTransferKm.AllowsMove(County, t.SchoolId, to) && CanLeave(t.SchoolId);

    /// <summary>The largest share (tenths) the teacher may give the school now, 0 when none.</summary>
    public decimal ShareAllowed(Teacher t, SchoolId to, Subject subject)
    {
        var school = County.Schools[to];
        var shares = _shares.GetValueOrDefault(t.Id);
        // Not after a transfer or principal move, and one share per school (one_move).
        var ok = !Forbidden(t, to) && !_posts.ContainsKey(t.Id) && !(shares?.Contains(to) ?? false)
            && EligibilityRule.AllowsItinerant(t, County.Status[t.Id])
            && StageMatch.AllowsSchool(t, school) && SubjectMatch.AllowsSubject(t, subject)
            && ItinerantLimits.AllowsAnotherSchool(Policy, shares?.Count ?? 0)
            && ItinerantLimits.AllowsSchool(County, County.Schools[t.SchoolId], school);
        if (!ok)
        {
            return 0m;
        }
        var room = Math.Min(ItinerantLimits.ShareLeft(Policy, _given.GetValueOrDefault(t.Id)), Spare(DemandKey.HomeOf(t)));
        return ItinerantLimits.WholeTenthsAtMost(room);
    }

    public void Transfer(Teacher t, SchoolId to, Subject subject, string reason)
    {
        Add(t, AssignmentKind.Transfer, to, subject, 1m, reason);
        Post(t, to);
        CountMoves((t, to, subject));
        _supply[DemandKey.HomeOf(t)] -= 1m;
        AddSupply(new DemandKey(to, t.Stage, subject), 1m);
        Sideways += DirectionFloor.Caps(County, t.SchoolId, County.Schools[to]) ? 1 : 0;
        if (MinExchangeRatio.CountsTransferFrom(County, t.SchoolId))
        {
            Rotated++;
            BackboneRotated += t.IsBackbone ? 1 : 0;
        }
    }

    public void Itinerant(Teacher t, SchoolId to, Subject subject, decimal share, string reason)
    {
        Add(t, AssignmentKind.Itinerant, to, subject, share, reason);
        if (!_shares.TryGetValue(t.Id, out var shares))
        {
            _shares[t.Id] = shares = [];
        }
        shares.Add(to);
        _given[t.Id] = _given.GetValueOrDefault(t.Id) + share;
        _supply[DemandKey.HomeOf(t)] -= share;
        AddSupply(new DemandKey(to, t.Stage, subject), share);
    }

    public void Principal(Teacher t, SchoolId to, string reason)
    {
        Add(t, AssignmentKind.Principal, to, null, 1m, reason);
        Post(t, to);
        CountMoves((t, to, t.Subject));
    }

    private void Post(Teacher t, SchoolId to)
    {
        _posts[t.Id] = to;
        _leaving[t.SchoolId] = _leaving.GetValueOrDefault(t.SchoolId) + 1;
        _headcount[t.SchoolId]--;
        _headcount[to]++;
    }

    private void AddSupply(DemandKey key, decimal fte) => _supply[key] = _supply.GetValueOrDefault(key) + fte;

    private void Add(Teacher t, AssignmentKind kind, SchoolId to, Subject? subject, decimal share, string reason)
    {
        _used.Add(t.Id);
        _rows.Add(Assignment.Of(t, kind, to, subject, share, Policy, reason));
    }
}
