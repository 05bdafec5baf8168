using Google.OrTools.Sat;
using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Domain.Metrics;
using Jiaoling.Rotation.Solver.Model;

namespace Jiaoling.Rotation.Solver.Objectives;

/// <summary>
/// The squared CV of each stage × indicator as a convex piecewise-linear function of the schools' counts.
/// With c_k teachers counted at school k of P_k students, P the stage's students and T = Σ c_k:
/// CV² = P·Σ c_k²/P_k ÷ T² − 1 (the contract's student-weighted CV). Each school's c_k²/P_k is bounded
/// below by its secants between consecutive integer counts (exact at integers, since it is convex), and
/// T² by its tangent at the count before the plan, so the term is exact when no teacher changes the
/// stage's total and slightly above CV² otherwise. Terms are built once and shared by the cv and balance levels.
/// </summary>
internal static class CvTerms
{
    /// <summary>Units of CV² per 1: a term of 250 000 is a CV of 0.50.</summary>
    public const long Scale = 1_000_000;

    /// <summary>Counts within this distance of the count before get a breakpoint each; further ones are sparse.</summary>
    private const int DenseSpan = 12;

    public static IReadOnlyList<CvTerm> Of(RotationModel m) => m.CvTerms ??= Build(m);

    private static List<CvTerm> Build(RotationModel m)
    {
        var terms = new List<CvTerm>();
        foreach (var stage in CountyMetrics.Stages)
        {
            foreach (var indicator in StageIndicators.All)
            {
                if (Term(m, stage, indicator) is { } term)
                {
                    terms.Add(term);
                }
            }
        }
        return terms;
    }

    private static CvTerm? Term(RotationModel m, Stage stage, Indicator indicator)
    {
        var cells = m.Indicators.Of(stage, indicator).ToList();
        long total = cells.Sum(c => (long)c.Before), pupils = cells.Sum(c => (long)c.Students);
        if (total == 0 || pupils == 0)
        {
            return null;
        }
        // Scale·P·c²/(P_k·T0²): school k's share of Scale·(1 + CV²) at count c.
        long Share(IndicatorCell cell, long c) =>
            (long)Math.Round((double)Scale * pupils * c * c / ((double)cell.Students * total * total));
        var name = $"{Codes.Stage.Code(stage)}:{indicator}";
        var constant = 0L;
        var shares = new List<LinearExpr>();
        var delta = new List<LinearExpr>();
        var changed = new List<(IndicatorCell Cell, List<long> Points)>();
        long highest = 0, mostLeaving = 0;
        foreach (var cell in cells)
        {
            if (!cell.Changes)
            {
                constant += Share(cell, cell.Before);
                continue;
            }
            var points = Breakpoints(cell);
            changed.Add((cell, points));
            var top = points.Max(c => Share(cell, c));
            highest += top;
            mostLeaving += cell.Before - Math.Max(0, cell.Lowest);
            var q = m.Cp.NewIntVar(0, top, $"cv-share[{name}:{cell.School.Id}]");
            for (var i = 0; i + 1 < points.Count; i++)
            {
                long a = points[i], b = points[i + 1];
                long fa = Share(cell, a), fb = Share(cell, b);
                // The secant through (a, fa) and (b, fb), times (b − a) to keep integer coefficients.
                m.Cp.Add((b - a) * q >= (b - a) * fa + (fb - fa) * (cell.After - a));
            }
            shares.Add(q);
            delta.Add(cell.After - cell.Before);
        }
        // T² ≥ T0² + 2·T0·δ: CV² ≤ (Σ shares)/Scale − 1 − 2δ/T0, in Scale units.
        var perTeacher = (long)Math.Round(2.0 * Scale / total);
        var value = m.Cp.NewIntVar(0, constant + highest + perTeacher * mostLeaving, $"cv²[{name}]");
        m.Cp.Add(value >= LinearExpr.Sum(shares) + constant - Scale - perTeacher * LinearExpr.Sum(delta));
        var threshold = (long)Math.Round(Scale * BalanceStandards.MaxCv(stage) * BalanceStandards.MaxCv(stage));
        long At(Func<IntVar, long> valueOf)
        {
            var sum = constant;
            var moved = 0L;
            foreach (var (cell, points) in changed)
            {
                var c = cell.AfterAt(valueOf);
                sum += Secant(points, c, x => Share(cell, x));
                moved += c - cell.Before;
            }
            return Math.Max(0, sum - Scale - perTeacher * moved);
        }
        return new CvTerm(stage, indicator, value, At(_ => 0), threshold, At);
    }

    /// <summary>The least value the secants allow at count c: the share itself at a breakpoint, above it between sparse ones.</summary>
    private static long Secant(List<long> points, long c, Func<long, long> share)
    {
        var i = points.BinarySearch(c);
        if (i >= 0)
        {
            return share(c);
        }
        i = ~i;
        if (i == 0 || i == points.Count)
        {
            return share(c);
        }
        long a = points[i - 1], b = points[i];
        long fa = share(a), fb = share(b);
        return fa + (long)Math.Ceiling((double)(fb - fa) * (c - a) / (b - a));
    }

    /// <summary>Every count near the count before, then sparser steps out to the least and most reachable.</summary>
    private static List<long> Breakpoints(IndicatorCell cell)
    {
        long lo = Math.Max(0, cell.Lowest), hi = cell.Highest, before = cell.Before;
        var points = new SortedSet<long> { lo, hi };
        for (var c = Math.Max(lo, before - DenseSpan); c <= Math.Min(hi, before + DenseSpan); c++)
        {
            points.Add(c);
        }
        for (long step = DenseSpan * 2; before - step > lo || before + step < hi; step *= 2)
        {
            if (before - step > lo)
            {
                points.Add(before - step);
            }
            if (before + step < hi)
            {
                points.Add(before + step);
            }
        }
        return points.ToList();
    }
}
