using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Solver.Greedy;

internal sealed partial class GreedyState
{
    /// <summary>
    /// Whether the teacher may transfer to the school to teach the subject: eligibility, stage, subject,
    /// distance, decisions, outflow cap, staff quota, couples and no new shortage at home.
    /// </summary>
    public bool CanTransfer(Teacher t, SchoolId to, Subject subject) =>
        IsFree(t) && County.Status[t.Id].MayTransfer && CanGo(t, to, subject)
        && CanReceive(to) && CoupleOk(t, to) && Spare(new DemandKey(t.SchoolId, t.Stage, t.Subject)) >= 1m - Tolerance;

    /// <summary>The per-move tests a transfer and each half of a swap share (not quota, spare or couples).</summary>
    public bool CanGo(Teacher t, SchoolId to, Subject subject) =>
        to != t.SchoolId && County.Schools[to].HasStage(t.Stage) && t.CanTeach(subject) && !Forbidden(t, to)
        && DistanceTable.Within(Km(t.SchoolId, to), Policy.MaxTransferKm) && CanLeave(t.SchoolId);

    /// <summary>The largest share (tenths) the teacher may give the school now, 0 when none.</summary>
    public decimal ShareAllowed(Teacher t, SchoolId to, Subject subject)
    {
        var home = County.Schools[t.SchoolId];
        var shares = _shares.GetValueOrDefault(t.Id);
        var ok = !_stay.Contains(t.Id) && !_posts.ContainsKey(t.Id) && County.Status[t.Id].Movable
            && to != t.SchoolId && County.Schools[to].HasStage(t.Stage) && t.CanTeach(subject) && !Forbidden(t, to)
            && !(shares?.Contains(to) ?? false) && (shares?.Count ?? 0) < Policy.ItinerantMaxSchools
            && DistanceTable.Within(Km(t.SchoolId, to), Policy.ItinerantMaxKm)
            && (!Policy.ItinerantSameGroup || (!string.IsNullOrEmpty(home.GroupId) && home.GroupId == County.Schools[to].GroupId));
        if (!ok)
        {
            return 0m;
        }
        var room = Math.Min(Policy.ItinerantMaxShare - _given.GetValueOrDefault(t.Id), Spare(new DemandKey(t.SchoolId, t.Stage, t.Subject)));
        return Math.Max(0m, Math.Floor(room * 10m + Tolerance) / 10m);
    }

    public void Transfer(Teacher t, SchoolId to, Subject subject, string reason)
    {
        Add(t, AssignmentKind.Transfer, to, subject, 1m, reason);
        Post(t, to);
        _supply[new DemandKey(t.SchoolId, t.Stage, t.Subject)] -= 1m;
        AddSupply(new DemandKey(to, t.Stage, subject), 1m);
        if (Eligibility.InExchangeScope(County.Schools[t.SchoolId], Policy))
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
        _supply[new DemandKey(t.SchoolId, t.Stage, t.Subject)] -= share;
        AddSupply(new DemandKey(to, t.Stage, subject), share);
    }

    public void Principal(Teacher t, SchoolId to, string reason)
    {
        Add(t, AssignmentKind.Principal, to, null, 1m, reason);
        Post(t, to);
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
