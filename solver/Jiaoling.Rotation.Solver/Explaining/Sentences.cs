using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Solver.Rules;

namespace Jiaoling.Rotation.Solver.Explaining;

/// <summary>One Chinese sentence per conflicting rule, starting with its id and naming the schools or teachers.</summary>
internal static class Sentences
{
    private const int MaxListed = 8;

    public static IReadOnlyList<string> For(County county, IReadOnlyList<(string Rule, string Scope)> core) => core
        .GroupBy(c => c.Rule)
        .OrderBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => $"{g.Key}: {Describe(county, g.Key, g.Select(c => c.Scope).Order(StringComparer.Ordinal).ToList())}")
        .ToList();

    public static string Unlocated(IEnumerable<string> rules) =>
        $"{string.Join("、", rules.Distinct().Order(StringComparer.Ordinal))}: 这些规则无法同时满足，但未能在时限内定位冲突所在，请延长求解时限后重试。";

    private static string Describe(County county, string rule, List<string> scopes)
    {
        var p = county.Policy;
        return rule switch
        {
            RuleIds.MinExchangeRatio =>
                $"需交流至少 {MinExchangeRatio.Required(county)} 人（符合交流条件 {MinExchangeRatio.Eligible(county)} 人 × {p.MinExchangeRatio}），但其余规则允许的交流人数不足。",
            RuleIds.MinBackboneShare =>
                $"交流人员中骨干教师须占 {p.MinBackboneShare:P0} 以上，可交流的骨干教师不足。",
            RuleIds.OutflowCap => List(scopes, s => $"{Name(county, s)}最多调出 {OutflowCap.MaxLeaving(county, new SchoolId(s))} 人") + "。",
            RuleIds.StaffQuota => List(scopes, s => $"{Name(county, s)}调整后不得超过 {StaffQuota.MaxHeadcount(county, new SchoolId(s))} 人") + "。",
            RuleIds.NoNewShortage => List(scopes, s => Name(county, s)) + " 的学科缺口不得扩大，调出的教师无人补位。",
            RuleIds.PrincipalRotation => List(scopes, s => county.Teachers.TryGetValue(new TeacherId(s), out var t)
                ? $"校长 {t.Id}（{t.Name}）任职满 {p.PrincipalMaxYears} 年须交流"
                : $"{Name(county, s)}须保留一名校长") + "，但没有可行的校长交流安排。",
            RuleIds.KeepStandards => List(scopes, s => Name(county, s))
                                     + " 已达到的每校最低标准（每百名学生高学历、骨干、体艺教师数）不得因交流而降到标准以下。",
            RuleIds.Couples => List(scopes, s => $"夫妻 {s}") + $" 交流后两校相距不得超过原距离或 {p.CoupleMaxKm:0.#} 公里。",
            RuleIds.Decisions => List(scopes, s => s.StartsWith(DecisionsRule.KeptScope, StringComparison.Ordinal)
                ? $"各复核学校都已同意的 {s[DecisionsRule.KeptScope.Length..]} 的安排须保持不变"
                : $"复核决定要求 {s} 调往 {Required(county, s)}") + "。",
            _ => List(scopes, s => s) + "。",
        };
    }

    private static string List(List<string> scopes, Func<string, string> describe)
    {
        var listed = string.Join("；", scopes.Take(MaxListed).Select(describe));
        return scopes.Count > MaxListed ? $"{listed} 等 {scopes.Count} 处" : listed;
    }

    private static string Name(County county, string schoolId) =>
        county.Schools.TryGetValue(new SchoolId(schoolId), out var s) ? $"{s.Id}（{s.Name}）" : schoolId;

    private static string Required(County county, string teacherId) =>
        county.Dataset.Decisions.FirstOrDefault(d => d.Teacher.Value == teacherId && d.Kind == DecisionKind.Require)?.School is { } s
            ? Name(county, s.Value)
            : "指定学校";
}
