using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Domain.Metrics;

namespace Jiaoling.Rotation.Notices;

/// <summary>
/// What the documents of a plan are made from: the county, the plan, the county measured before and
/// after the plan (<see cref="CountyMetrics.Measure"/> with <see cref="Plan.Empty"/> and with the plan),
/// and the solver's summary.
/// </summary>
public sealed record RenderInput(County County, Plan Plan, CountyMetrics Before, CountyMetrics After, SolverSummary Solver)
{
    private readonly IReadOnlyList<ReturnVacancy>? _vacancies;

    /// <summary>
    /// The posts returning teachers leave and what became of them; set by the planning run with each unfilled post's
    /// reason told by the rules, else measured here without naming rules.
    /// </summary>
    public IReadOnlyList<ReturnVacancy> Vacancies
    {
        get => _vacancies ?? ReturnVacancy.Of(County, Plan);
        init => _vacancies = value;
    }

    /// <summary>Measures the county before and after the plan and bundles everything the documents need.</summary>
    public static RenderInput Measure(County county, Plan plan, SolverSummary solver) =>
        new(county, plan, CountyMetrics.Measure(county, Plan.Empty), CountyMetrics.Measure(county, plan), solver);
}
