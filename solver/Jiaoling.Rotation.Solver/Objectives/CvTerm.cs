using Google.OrTools.Sat;
using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Domain.Metrics;

namespace Jiaoling.Rotation.Solver.Objectives;

/// <summary>
/// One stage × indicator's squared coefficient of variation after the plan, as an integer variable in
/// millionths (<see cref="CvTerms.Scale"/>): <see cref="Value"/> ≥ Scale·CV², tight where a level minimises
/// it; <see cref="Before"/> is its value without moves and <see cref="Threshold"/> the standard's largest
/// CV squared (0.50² 小学, 0.45² 初中) in the same unit. <see cref="At"/> evaluates the term for given
/// values of the move variables.
/// </summary>
internal sealed record CvTerm(Stage Stage, Indicator Indicator, IntVar Value, long Before, long Threshold,
    Func<Func<IntVar, long>, long> At)
{
    public string Name => $"{Codes.Stage.Code(Stage)}.{Indicator}";
}
