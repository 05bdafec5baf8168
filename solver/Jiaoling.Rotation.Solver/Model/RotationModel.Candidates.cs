using Google.OrTools.Sat;
using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Domain.Metrics;
using Jiaoling.Rotation.Solver.Rules;

namespace Jiaoling.Rotation.Solver.Model;

/// <summary>
/// Candidate moves: only moves the filter rules allow (eligibility, stage_match, subject_match,
/// max_transfer_km, itinerant_limits, decisions) and that can serve the objectives — a transfer fills a
/// gap at one of the nearest schools short of the subject, or swaps
/// like for like with one of the nearest schools, or is required; an
/// itinerant share fills a shortage-subject gap from a surplus at home. The seed plan's moves are added
/// so that it can hint the search.
/// </summary>
internal sealed partial class RotationModel
{
    private readonly Dictionary<(SchoolId, Stage, Subject, string, string), List<SchoolId>> _nearest = new();
    private readonly Dictionary<(SchoolId, Stage), IReadOnlyList<School>> _reachable = new();

    private void AddCandidates()
    {
        var led = PrincipalRotation.Led(County);
        var dueLed = Pools.Where(p => p.Sample.IsPrincipal && PrincipalRotation.IsDue(County, p.Sample))
            .Select(p => p.Home).ToHashSet();
        // A principal who must rotate is offered the nearest schools; one who need not, only posts that are
        // or may fall vacant (no principal, or one who must rotate), which is all a cycle of moves needs.
        bool vacant(SchoolId s) => !led.Contains(s) || dueLed.Contains(s);
        foreach (var pool in Pools)
        {
            var t = pool.Sample;
            if (EligibilityRule.AllowsPrincipalMove(t))
            {
                AddPrincipalMoves(pool, PrincipalRotation.IsDue(County, t) ? _ => true : vacant);
                continue;
            }
            if (EligibilityRule.AllowsTransfer(t, pool.Status))
            {
                AddTransfers(pool);
            }
            if (EligibilityRule.AllowsItinerant(t, pool.Status))
            {
                AddItinerants(pool);
            }
        }
    }

    /// <summary>Schools a pool may transfer to, nearest first (cached per home school and stage).</summary>
    private IReadOnlyList<School> Reachable(TeacherPool pool)
    {
        if (!_reachable.TryGetValue((pool.Home, pool.Stage), out var schools))
        {
            schools = County.Dataset.Schools
                .Where(s => s.Id != pool.Home && StageMatch.AllowsSchool(pool.Sample, s) && MaxTransferKm.AllowsMove(County, pool.Home, s.Id))
                .OrderBy(s => Km(pool.Home, s.Id)).ThenBy(s => s.Id)
                .ToList();
            _reachable[(pool.Home, pool.Stage)] = schools;
        }
        return pool.IsIndividual ? schools.Where(s => !Decisions.Forbids(pool.Sample.Id, s.Id)).ToList() : schools;
    }

    private void AddTransfers(TeacherPool pool)
    {
        var t = pool.Sample;
        var required = pool.IsIndividual ? Decisions.RequiredSchool(t.Id) : null;
        // The outflow cap bounds the counts, except when explaining: the core must be able to name it.
        var ub = Guards.Enabled ? pool.Size : Math.Min(pool.Size, OutflowCap.MaxLeaving(County, pool.Home));
        var targets = new Dictionary<SchoolId, List<Subject>>();
        var toward = Directions.Of(SchoolOf(pool.Home)) is Place.Urban or Place.Town;
        foreach (var subject in t.QualifiedSubjects.Where(j => SubjectMatch.AllowsSubject(t, j)))
        {
            IEnumerable<SchoolId> near = Nearest(pool, subject, Neighbours.Gap, Want.Unmet);
            if (subject == t.Subject)
            {
                near = near.Union(Nearest(pool, subject, Neighbours.Swap, Want.Demand));
            }
            if (toward)
            {
                near = near.Union(Nearest(pool, subject, Neighbours.Swap, Want.RuralOrWeak));
            }
            foreach (var indicator in StageIndicators.All.Where(i => StageIndicators.Counts(i, t, subject)))
            {
                near = near.Union(Nearest(pool, subject, Neighbours.Swap, Want.Below(indicator)));
            }
            foreach (var school in near)
            {
                Add(targets, school, subject);
            }
        }
        foreach (var (school, subject) in GapsFilledBy(pool))
        {
            if (!(targets.TryGetValue(school, out var have) && have.Contains(subject)))
            {
                Add(targets, school, subject);
            }
        }
        if (required is { } r && Reachable(pool).Any(s => s.Id == r) && !targets.ContainsKey(r))
        {
            Add(targets, r, t.Subject);
        }
        var reachable = pool.Members.Any(member => Seed[member.Id].Any())
            ? Reachable(pool).Select(s => s.Id).ToHashSet()
            : [];
        foreach (var row in pool.Members.SelectMany(member => Seed[member.Id]))
        {
            if (row is { Kind: AssignmentKind.Transfer, Subject: { } j } && reachable.Contains(row.To)
                && SubjectMatch.AllowsSubject(t, j) && !(targets.TryGetValue(row.To, out var have) && have.Contains(j)))
            {
                Add(targets, row.To, j);
            }
        }
        foreach (var (schoolId, subjects) in targets.OrderBy(kv => kv.Key))
        {
            var school = SchoolOf(schoolId);
            foreach (var subject in subjects)
            {
                var name = $"move[{pool.Name}→{school.Id}:{subject}]";
                IntVar count = pool.IsIndividual ? Cp.NewBoolVar(name) : Cp.NewIntVar(0, ub, name);
                var option = new TransferOption(pool, school, subject, count, MeanHomeKm(pool, school));
                Transfers.Add(option);
                Outflow.Add(pool.Home, count, 1);
                Inflow.Add(school.Id, count, 1);
                ChangeSupply(new DemandKey(pool.Home, t.Stage, t.Subject), count, -1, 0);
                ChangeSupply(new DemandKey(school.Id, t.Stage, subject), count, 1, 0);
            }
        }
    }

    private static void Add(Dictionary<SchoolId, List<Subject>> targets, SchoolId school, Subject subject)
    {
        if (!targets.TryGetValue(school, out var list))
        {
            targets[school] = list = [];
        }
        list.Add(subject);
    }

    /// <summary>
    /// The nearest reachable schools with demand in the subject that the purpose wants, at most
    /// <paramref name="count"/>: unmet demand (gap filling), any demand (like-for-like swaps), a rural or
    /// weak school (the direction of item 19), or one below the per-school minimum of an indicator the
    /// teacher counts for (lifting a standard).
    /// </summary>
    private List<SchoolId> Nearest(TeacherPool pool, Subject subject, int count, string purpose)
    {
        var key = (pool.Home, pool.Stage, subject, purpose, pool.IsIndividual ? pool.Sample.Id.Value : "");
        // Reachable() is nearest first, so the first matches are the nearest.
        if (!_nearest.TryGetValue(key, out var targets))
        {
            targets = Reachable(pool)
                .Where(s => Demand.Required(new DemandKey(s.Id, pool.Stage, subject)) > 0 && Wants(purpose, s, pool.Stage, subject))
                .Take(count).Select(s => s.Id).ToList();
            _nearest[key] = targets;
        }
        return targets;
    }

    private bool Wants(string purpose, School s, Stage stage, Subject subject) => purpose switch
    {
        Want.Unmet => Demand.UnmetBefore(new DemandKey(s.Id, stage, subject)) > 0,
        Want.Demand => true,
        Want.RuralOrWeak => Directions.Of(s) is Place.Rural or Place.Weak,
        _ => BelowStandard.Contains((s.Id, stage, purpose)),
    };

    private HashSet<(SchoolId, Stage, string)>? _below;

    /// <summary>School × stage × <see cref="Want.Below"/> of each minimum the school misses before the plan.</summary>
    private HashSet<(SchoolId, Stage, string)> BelowStandard => _below ??= CountyMetrics.Stages
        .SelectMany(stage => StageIndicators.Measure(stage, County.Dataset.Schools, Posting.Of(County, County.Baseline)).Schools)
        .SelectMany(row => StageIndicators.All.Where(i => !StageStandards.Meets(Policy, row, i))
            .Select(i => (row.School, row.Stage, Want.Below(i))))
        .ToHashSet();

    /// <summary>What a candidate move is for, as the keys of <see cref="Nearest"/>.</summary>
    private static class Want
    {
        public const string Unmet = "unmet";
        public const string Demand = "demand";
        public const string RuralOrWeak = "toward";

        public static string Below(Indicator indicator) => "below:" + indicator;
    }

    private void AddPrincipalMoves(TeacherPool pool, Func<SchoolId, bool> worthLeading)
    {
        var required = Decisions.RequiredSchool(pool.Sample.Id);
        var seeded = Seed[pool.Sample.Id].Where(a => a.Kind == AssignmentKind.Principal).Select(a => a.To).ToHashSet();
        var offered = Reachable(pool).Where(s => PrincipalRotation.AllowsSchool(pool.Sample, s) && worthLeading(s.Id))
            .Take(Neighbours.Gap).Select(s => s.Id).ToHashSet();
        foreach (var school in Reachable(pool).Where(s => PrincipalRotation.AllowsSchool(pool.Sample, s)
                     && (offered.Contains(s.Id) || s.Id == required || seeded.Contains(s.Id))))
        {
            var used = Cp.NewBoolVar($"lead[{pool.Name}→{school.Id}]");
            PrincipalMoves.Add(new PrincipalOption(pool, school, used, MeanHomeKm(pool, school)));
            Outflow.Add(pool.Home, used, 1);
            Inflow.Add(school.Id, used, 1);
        }
    }

    private double MeanHomeKm(TeacherPool pool, School to) =>
        pool.Members.Average(t => t.Home is { } home ? home.KmTo(to.Location) : Km(t.SchoolId, to.Id));
}
