using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Solver.Rules;

namespace Jiaoling.Rotation.Solver.Model;

/// <summary>
/// Gap-side candidates: each school × stage × shortage subject that lacks a whole teacher is offered the nearest
/// pools that may transfer and whose own subject has a whole teacher to spare. The pool-side candidates (each pool's
/// nearest gaps) leave a large county's remote gaps with no filler but the start plan's: every pool in town has the
/// same few nearest gaps. Measured at 20 000 teachers (120 s): unmet 1738.8 → 1724.3 FTE with four fillers a gap;
/// offering gaps of half a post too gave nothing more (1725.8) and weakened the first level's bound (gap 9.1 → 10.9 %).
/// </summary>
internal sealed partial class RotationModel
{
    private ILookup<int, (SchoolId School, Subject Subject)>? _fillers;

    /// <summary>The gaps the pool is among the nearest fillers of.</summary>
    private IEnumerable<(SchoolId School, Subject Subject)> GapsFilledBy(TeacherPool pool) =>
        (_fillers ??= Fillers()).Contains(pool.Index) ? _fillers[pool.Index] : [];

    private ILookup<int, (SchoolId School, Subject Subject)> Fillers()
    {
        var spare = Pools.Where(p => EligibilityRule.AllowsTransfer(p.Sample, p.Status)
                                     && Demand.SurplusBefore(new DemandKey(p.Home, p.Stage, p.Sample.Subject)) >= 10)
            .SelectMany(p => SubjectMatch.Subjects(p.Sample).Select(subject => (p, subject)))
            .ToLookup(x => (x.p.Stage, x.subject), x => x.p);
        var pairs = new List<(int Pool, SchoolId School, Subject Subject)>();
        foreach (var gap in County.Demand.Keys.Where(k => Codes.ShortageSubjects.Contains(k.Subject) && Demand.UnmetBefore(k) >= 10)
                     .OrderBy(k => k.ToString(), StringComparer.Ordinal))
        {
            var school = SchoolOf(gap.School);
            pairs.AddRange(spare[(gap.Stage, gap.Subject)]
                .Where(p => p.Home != gap.School && StageMatch.AllowsSchool(p.Sample, school) && MaxTransferKm.AllowsMove(County, p.Home, gap.School)
                            && !(p.IsIndividual && Decisions.Forbids(p.Sample.Id, gap.School)))
                .OrderBy(p => Km(p.Home, gap.School)).ThenBy(p => p.Index)
                .Take(Neighbours.Fillers)
                .Select(p => (p.Index, gap.School, gap.Subject)));
        }
        return pairs.ToLookup(p => p.Pool, p => (p.School, p.Subject));
    }
}
