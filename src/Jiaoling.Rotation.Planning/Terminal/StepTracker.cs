using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Domain.Metrics;
using Jiaoling.Rotation.Solver;

namespace Jiaoling.Rotation.Planning.Terminal;

/// <summary>
/// Turns the solver's reports into the run's progress: each level becomes a numbered step whose measures
/// (<see cref="LevelMeasures"/>) run from the plan the step started with — the county before planning for
/// the first step, the previous step's plan after — to the best plan found so far. Reports on the caller's
/// thread and in order; also relays what the run does after solving (<see cref="Activity"/>).
/// </summary>
public sealed class StepTracker(County county, Plan? previous, TimeSpan timeLimit, IProgress<PlanProgress> sink)
    : IProgress<SolverProgress>
{
    private readonly Lock _gate = new();
    private Plan _plan = Plan.Empty;
    private CountyMetrics? _measured;
    private int _level = -1;
    private IReadOnlyList<Quantity> _from = [];
    private PlanProgress _last = new(null, null, null, TimeSpan.Zero) { TimeLimit = timeLimit };

    public void Report(SolverProgress value)
    {
        lock (_gate)
        {
            _measured ??= CountyMetrics.Measure(county, _plan);
            if (value.LevelIndex != _level)
            {
                _level = value.LevelIndex;
                _from = LevelMeasures.Of(value.Level, county, _measured, _plan, previous);
            }
            if (value.Incumbent is { } plan)
            {
                _plan = plan;
                _measured = CountyMetrics.Measure(county, plan);
            }
            var now = LevelMeasures.Of(value.Level, county, _measured, _plan, previous);
            _last = new PlanProgress(value.Level, value.Objective, value.Bound, TimeSpan.FromSeconds(value.ElapsedSeconds))
            {
                Step = value.LevelIndex + 1,
                Steps = value.LevelCount,
                StepDone = value.LevelDone,
                TimeLimit = timeLimit,
                Changes = _from.Zip(now, (f, n) => new QuantityChange(f, n)).ToList(),
            };
            sink.Report(_last);
        }
    }

    /// <summary>Reports what the run does after solving, keeping the last level's figures for the store.</summary>
    public IProgress<string> Activity(Func<TimeSpan> elapsed) => new ActivityProgress(this, elapsed);

    private void ReportActivity(string activity, TimeSpan elapsed)
    {
        lock (_gate)
        {
            sink.Report(_last with { Activity = activity, StepDone = true, Elapsed = elapsed });
        }
    }

    private sealed class ActivityProgress(StepTracker tracker, Func<TimeSpan> elapsed) : IProgress<string>
    {
        public void Report(string value) => tracker.ReportActivity(value, elapsed());
    }
}
