using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Domain.Metrics;

namespace Jiaoling.Rotation.Solver.Checking;

/// <summary>
/// Why a post a returning teacher leaves stays empty, told by the rules themselves: each of the nearest teachers who
/// could still be sent is added to the plan as a transfer to the host school and the plan checked again; the rule
/// ids the addition breaks (and the plan alone does not) are the reason.
/// </summary>
public static class VacancyReasons
{
    /// <summary>How many of the nearest candidates are tried per vacancy: enough to name the binding rules, few enough to stay quick.</summary>
    private const int Tried = 5;

    public static IReadOnlyList<ReturnVacancy> Explain(County county, Plan plan)
    {
        var vacancies = ReturnVacancy.Of(county, plan);
        if (vacancies.All(v => v.Filled))
        {
            return vacancies;
        }
        var already = PlanChecker.Check(county, plan).Select(v => v.ToString()).ToHashSet();
        return vacancies.Select(v => v.Filled ? v : v with { Why = ReturnVacancy.Unsent(v.Candidates.Count, Broken(county, plan, v, already)) })
            .ToList();
    }

    /// <summary>The rule ids broken by sending each tried candidate; empty when one of them breaks none.</summary>
    private static IReadOnlyCollection<string> Broken(County county, Plan plan, ReturnVacancy vacancy, HashSet<string> already)
    {
        var broken = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var teacher in vacancy.Candidates.Take(Tried))
        {
            var row = Assignment.Of(teacher, AssignmentKind.Transfer, vacancy.Return.From, vacancy.Return.Subject, 1m, county.Policy, "试派补缺");
            var added = PlanChecker.Check(county, new Plan([.. plan.Assignments, row]))
                .Where(v => !already.Contains(v.ToString()))
                .Select(v => v.RuleId)
                .ToList();
            if (added.Count == 0)
            {
                return [];
            }
            broken.UnionWith(added);
        }
        return broken;
    }
}
