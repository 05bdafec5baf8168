using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Solver.Rules;

namespace Jiaoling.Rotation.Solver.Greedy;

/// <summary>
/// Who goes whole to a school that lacks a subject, in the planner's start: the nearest teacher whose home can spare
/// the post, or else one whose home has only part of a post to spare, once teachers of nearby schools lend the rest
/// to the home school by itinerant shares (topped up). The parts of posts that a town's schools each have to spare
/// so become whole teachers for the schools that lack them (the floor's relaxation, <c>Solving.ShortageFloor</c>,
/// leans on these).
/// </summary>
internal sealed class Newcomers(GreedyState s, bool relieve)
{
    /// <summary>
    /// Smallest part of a post to spare at home that neighbours top up. Measured on the 20 000-teacher county's start
    /// (unmet FTE): 0.5, 1676.4; 0.3, 1666.8; 0.1, 1653.7; 0 (neighbours lending a whole post), 1705.3. Below 0.5
    /// the planner's first level ended further from its bound (20 000 teachers: 10.1 % against 9.0–9.5 %).
    /// </summary>
    private const decimal MinSpare = 0.5m;

    /// <summary>How many of the nearest such teachers are tried for one school.</summary>
    private const int Tries = 3;

    private readonly ILookup<(Stage, Subject), Teacher> _movers = ShortageFilling.BySubject(s, EligibilityRule.AllowsTransfer);
    private readonly ILookup<(SchoolId, Stage, Subject), Teacher> _lenders = s.County.Dataset.Teachers
        .Where(t => EligibilityRule.AllowsItinerant(t, s.County.Status[t.Id]))
        .SelectMany(t => SubjectMatch.Subjects(t).Select(subject => (t, subject)))
        .ToLookup(p => (p.t.SchoolId, p.t.Stage, p.subject), p => p.t);
    private readonly Dictionary<SchoolId, List<School>> _reach = new();
    private readonly StandardsRelief? _relief = relieve ? new(s) : null;

    /// <summary>
    /// The nearest teacher qualified in the subject whose home can spare the post and who may transfer to the school, or
    /// else, when <c>relieve</c>, one whom keep_standards holds at home once a replacement is found (<see cref="StandardsRelief"/>).
    /// </summary>
    public Teacher? Spared(SchoolId to, Stage stage, Subject subject) =>
        _movers[(stage, subject)].Where(t => t.SchoolId != to && s.CanTransfer(t, to, subject)).MinBy(t => (s.Km(t.SchoolId, to), t.Id.Value))
        ?? _relief?.Relieved(to, subject, _movers[(stage, subject)]);

    /// <summary>
    /// The nearest teacher of the subject who may transfer to the school once neighbours lend the rest of a post to
    /// the teacher's home; the shares are made. Null when there is none.
    /// </summary>
    public Teacher? ToppedUp(SchoolId to, Stage stage, Subject subject, string label)
    {
        var candidates = _movers[(stage, subject)]
            .Where(t => t.Subject == subject && t.SchoolId != to && !s.CanSparePost(t) && s.Spare(DemandKey.HomeOf(t)) >= MinSpare - Tolerance.Value
                        && s.CanTransferIfSpared(t, to, subject))
            .OrderBy(t => (s.Km(t.SchoolId, to), t.Id.Value))
            .Take(Tries);
        foreach (var t in candidates)
        {
            var need = 1m - s.Spare(DemandKey.HomeOf(t));
            var shares = new List<(Teacher Lender, decimal Share)>();
            // What the shares chosen so far take from each lender's home, which ShareAllowed does not see yet.
            var taken = new Dictionary<DemandKey, decimal>();
            foreach (var lender in Reach(t.SchoolId).Where(h => h.Id != to).SelectMany(h => _lenders[(h.Id, stage, subject)]))
            {
                var lenderHome = DemandKey.HomeOf(lender);
                var left = ItinerantLimits.WholeTenthsAtMost(s.Spare(lenderHome) - taken.GetValueOrDefault(lenderHome));
                var share = Math.Min(Math.Min(ItinerantLimits.WholeTenthsCovering(need), s.ShareAllowed(lender, t.SchoolId, subject)), left);
                if (share > 0m)
                {
                    shares.Add((lender, share));
                    taken[lenderHome] = taken.GetValueOrDefault(lenderHome) + share;
                    need -= share;
                }
                if (need <= Tolerance.Value)
                {
                    break;
                }
            }
            if (need > Tolerance.Value)
            {
                continue;
            }
            var home = s.County.Schools[t.SchoolId];
            foreach (var (lender, share) in shares)
            {
                s.Itinerant(lender, t.SchoolId, subject, share, $"{label}：走教补足{home.Name}{Codes.Subject.Label(subject)}课程，使该校教师可以整岗调出（走教 {share:0.0} 岗）。");
            }
            return t;
        }
        return null;
    }

    /// <summary>The schools whose teachers may teach at the school as itinerants, nearest first.</summary>
    private List<School> Reach(SchoolId school)
    {
        if (!_reach.TryGetValue(school, out var near))
        {
            var here = s.County.Schools[school];
            _reach[school] = near = s.County.Dataset.Schools.Where(h => ItinerantLimits.AllowsSchool(s.County, h, here))
                .OrderBy(h => s.Km(h.Id, school)).ThenBy(h => h.Id).ToList();
        }
        return near;
    }
}
