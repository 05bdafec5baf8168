using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Domain.Metrics;
using Jiaoling.Rotation.Solver.Objectives;
using Jiaoling.Rotation.Solver.Rules;

namespace Jiaoling.Rotation.Solver.Greedy;

/// <summary>
/// A teacher the home school can spare in the subject but not under keep_standards: the home sits at a per-school
/// minimum the teacher counts for. A teacher who counts for the same minimums, from a school above them that can
/// spare that teacher's post, transfers to the home first (from an urban or town school, sideways only while the
/// direction floor has room: see <see cref="MayReplaceFrom"/>), so that both moves together keep every minimum. At
/// 20 000 teachers every primary PE, PSY, music and art teacher the start could still spare was held so, most by
/// urban schools at 4.2 teachers above the required education per 100.
/// </summary>
internal sealed class StandardsRelief(GreedyState s)
{
    /// <summary>How many of the nearest held teachers are tried for one gap.</summary>
    private const int Tries = 3;

    /// <summary>The direction floor's cap on sideways transfers (none when the county sets no floor).</summary>
    private readonly int _sidewaysCap = DirectionFloor.Cap(s.County) ?? int.MaxValue;

    /// <summary>Teachers who may transfer and count for some minimum, by stage (a replacement is of the held teacher's stage).</summary>
    private readonly ILookup<Stage, Teacher> _relievers = s.County.Dataset.Teachers
        .Where(t => EligibilityRule.AllowsTransfer(t, s.County.Status[t.Id]) && StageIndicators.All.Any(i => StageIndicators.Counts(i, t, t.Subject)))
        .OrderBy(t => t.Id).ToLookup(t => t.Stage);

    /// <summary>
    /// The nearest of <paramref name="movers"/> who may transfer to the school once a teacher replaces them at home
    /// under keep_standards; the replacement is made. Null when there is none.
    /// </summary>
    public Teacher? Relieved(SchoolId to, Subject subject, IEnumerable<Teacher> movers)
    {
        var held = movers
            .Where(t => t.SchoolId != to && s.CanSparePost(t) && s.CanTransferButStandards(t, to, subject)
                        && !s.KeepsStandards((t, to, subject)))
            .OrderBy(t => (s.Km(t.SchoolId, to), t.Id.Value))
            .Take(Tries);
        foreach (var t in held)
        {
            var home = t.SchoolId;
            var reliever = _relievers[t.Stage]
                .Where(r => r.SchoolId != home && r.SchoolId != to && s.IsFree(r)
                            && MayReplaceFrom(s.County.Schools[r.SchoolId], s.County.Schools[home])
                            && s.CanSparePost(r) && s.CanGo(r, home, r.Subject) && s.CoupleOk(r, home)
                            && s.KeepsStandards((t, to, subject), (r, home, r.Subject)))
                .OrderBy(r => Directions.IsSideways(s.County.Schools[r.SchoolId], s.County.Schools[home]))
                .ThenByDescending(r => s.Unmet(new DemandKey(home, r.Stage, r.Subject)) > 0m)
                .ThenBy(r => (s.Km(r.SchoolId, home), r.Id.Value))
                .FirstOrDefault();
            if (reliever is not null)
            {
                s.Transfer(reliever, home, reliever.Subject, $"接替学校 {home} 调出的教师，保持该校每百名学生教师数达标。");
                return t;
            }
        }
        return null;
    }

    /// <summary>
    /// Whether a replacement may come from the school: not from a rural or weak school (the schools the plan serves),
    /// and sideways (an urban school's from another urban one) only while the plan's sideways transfers are below the
    /// direction floor's cap, so the start keeps the floor. A replacement that is not sideways is preferred.
    /// </summary>
    private bool MayReplaceFrom(School from, School home) =>
        Directions.Of(from) is Place.Urban or Place.Town && (!Directions.IsSideways(from, home) || s.Sideways < _sidewaysCap);
}
