using System.Text.RegularExpressions;
using Jiaoling.Rotation.Solver.Rules;
using Jiaoling.Rotation.Tests;

namespace Jiaoling.Rotation.Solver.Tests.Checking;

/// <summary>
/// Each rule lives in one file that says first what the rule is, and the planners that are not the model (the
/// greedy baseline and the portal's alternatives) ask the rule classes instead of restating their filters.
/// </summary>
public sealed partial class RuleFilesTests
{
    private static readonly string RulesFolder = RepoPaths.Combine("solver", "Jiaoling.Rotation.Solver", "Rules");

    /// <summary>The files of Rules/ that are not a rule: the interface, the ids and the list.</summary>
    private static readonly string[] NotRules = ["IRule.cs", "RuleIds.cs", "RuleSet.cs"];

    [Fact]
    public void Every_rule_id_is_one_file_of_rules_whose_summary_begins_by_stating_the_rule()
    {
        var files = Directory.GetFiles(RulesFolder, "*.cs").Select(Path.GetFileName).Except(NotRules).Order().ToList();
        var rules = RuleSet.All.ToDictionary(r => r.GetType().Name + ".cs");

        Assert.Equal(rules.Keys.Order(), files);
        Assert.All(rules, pair =>
        {
            var summary = FirstSummaryLine(File.ReadAllText(Path.Combine(RulesFolder, pair.Key)));
            Assert.EndsWith($"(rule <c>{pair.Value.Id}</c>).", summary);
        });
    }

    [Fact]
    public void Only_its_own_file_names_a_rule_as_its_id()
    {
        var solver = RepoPaths.Combine("solver", "Jiaoling.Rotation.Solver");
        var claims = (
            from file in Directory.EnumerateFiles(solver, "*.cs", SearchOption.AllDirectories)
            where !IsBuildOutput(file)
            from match in IdClaim().Matches(File.ReadAllText(file))
            select (File: Path.GetFileName(file), Id: match.Groups[1].Value)).ToList();

        Assert.Equal(RuleSet.All.Select(r => (r.GetType().Name + ".cs", IdField(r.Id))).Order(), claims.Order());
    }

    [Fact]
    public void The_greedy_planner_and_the_alternatives_restate_no_filter_of_a_rule()
    {
        string[] folders =
        [
            RepoPaths.Combine("solver", "Jiaoling.Rotation.Solver", "Greedy"),
            RepoPaths.Combine("src", "Jiaoling.Rotation.Web"),
        ];
        var files = Directory.GetFiles(folders[0], "*.cs")
            .Concat(Directory.GetFiles(folders[1], "Alternative*.cs"))
            .ToList();
        var restated = (
            from file in files
            from line in File.ReadLines(file).Select((text, i) => (Text: text, Number: i + 1))
            where !line.Text.TrimStart().StartsWith("//", StringComparison.Ordinal)
            let found = RuleFilter().Match(line.Text)
            where found.Success
            select $"{Path.GetRelativePath(RepoPaths.Root, file)}:{line.Number}: {found.Value}").ToList();

        Assert.True(files.Count > 5, "the scan found the greedy planner's and the alternatives' files");
        Assert.True(restated.Count == 0, "Rule filters restated outside Rules/:\n" + string.Join('\n', restated));
    }

    [Fact]
    public void The_filter_scan_recognises_each_kind_of_restated_filter()
    {
        string[] restated =
        [
            "school.HasStage(t.Stage)", "t.CanTeach(subject)", "t.OtherSubjects.Contains(s)",
            "km <= Policy.MaxTransferKm", "shares < policy.ItinerantMaxSchools", "a.GroupId == b.GroupId",
            "rotated >= policy.MinExchangeRatio * eligible", "headcount < school.StaffQuota", "status.MayTransfer",
            "county.SupplyBaseline.GetValueOrDefault(key)", "DistanceTable.Within(km, limit)",
        ];

        Assert.All(restated, code => Assert.Matches(RuleFilter(), code));
        Assert.DoesNotMatch(RuleFilter(), "MaxTransferKm.AllowsMove(County, t.SchoolId, to) && MinExchangeRatio.Required(county)");
    }

    private static string FirstSummaryLine(string source)
    {
        var lines = source.Split('\n').Select(l => l.Trim()).ToList();
        var start = lines.FindIndex(l => l.StartsWith("/// <summary>", StringComparison.Ordinal));
        var first = lines[start]["/// <summary>".Length..].Trim();
        return first.Length > 0 ? first.Replace("</summary>", "").Trim() : lines[start + 1]["///".Length..].Trim();
    }

    private static string IdField(string id) =>
        typeof(RuleIds).GetFields().Single(f => (string)f.GetValue(null)! == id).Name;

    private static bool IsBuildOutput(string file) =>
        file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
        || file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal);

    [GeneratedRegex(@"string Id => RuleIds\.(\w+);")]
    private static partial Regex IdClaim();

    /// <summary>
    /// What a rule's filter reads: a school's stages, a teacher's subjects, the policy's limits on distance,
    /// itinerant teaching, quotas and principals, a teacher's eligibility, the supply before the plan (the
    /// no-new-shortage floor) and the distance tolerance. A rule class named as such (<c>MaxTransferKm.AllowsMove</c>) is not one.
    /// </summary>
    [GeneratedRegex(@"\.HasStage\(|\.CanTeach\(|\.(?:OtherSubjects|QualifiedSubjects)\b|\.(?:MaxTransferKm|CoupleMaxKm|ItinerantMaxKm|ItinerantMaxShare|ItinerantMaxSchools|ItinerantSameGroup|GroupId|MinExchangeRatio|MinBackboneShare|MaxOutflowRatio|StaffQuota|PrincipalMaxYears|Movable|Eligible|Volunteer|MayTransfer|NearRetirement|OnRotation)\b|SupplyBaseline\.GetValueOrDefault|DistanceTable\.Within|Tolerance\.Km")]
    private static partial Regex RuleFilter();
}
