using Google.OrTools.Sat;
using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Domain.Metrics;

namespace Jiaoling.Rotation.Solver.Model;

/// <summary>
/// One school × stage × teacher indicator of the model: the school's students in the stage, the teachers
/// it counts before the plan (after the returns due) and the count keep_standards protects
/// (<see cref="ProtectedCounts"/>), and the moves that change the count (+1 for an arrival who counts, −1 for a
/// departure who counted), with the least and most the count can reach.
/// </summary>
internal sealed class IndicatorCell(Stage stage, Indicator indicator, School school, int students, int before, int protectedCount)
{
    private readonly List<(IntVar Var, long Coef)> _terms = [];

    public Stage Stage => stage;
    public Indicator Indicator => indicator;
    public School School => school;
    public int Students => students;
    public int Before => before;

    /// <summary>The count keep_standards protects: the lower of the counts before the plan and after the returns.</summary>
    public int Protected => protectedCount;

    /// <summary>Whether any move changes the count.</summary>
    public bool Changes => _terms.Count > 0;

    /// <summary>The least count the moves allow.</summary>
    public long Lowest => before + _terms.Where(t => t.Coef < 0).Sum(t => t.Coef * t.Var.Domain.Max());

    /// <summary>The largest count the moves allow.</summary>
    public long Highest => before + _terms.Where(t => t.Coef > 0).Sum(t => t.Coef * t.Var.Domain.Max());

    public string Name => $"{school.Id}:{Codes.Stage.Code(stage)}:{indicator}";

    public void Add(IntVar v, long coef) => _terms.Add((v, coef));

    /// <summary>The count after the plan, as a linear expression of the moves.</summary>
    public LinearExpr After => LinearExpr.WeightedSum(_terms.Select(t => t.Var), _terms.Select(t => t.Coef)) + before;

    /// <summary>The count after the plan for given values of the moves.</summary>
    public long AfterAt(Func<IntVar, long> valueOf) => before + _terms.Sum(t => t.Coef * valueOf(t.Var));
}
