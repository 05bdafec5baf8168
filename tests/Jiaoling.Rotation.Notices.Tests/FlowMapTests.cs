using System.Globalization;
using System.Text.RegularExpressions;
using Jiaoling.Rotation.Data.Import;
using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Notices.Tests.Builders;

namespace Jiaoling.Rotation.Notices.Tests;

/// <summary>
/// The report's flow maps as a county leader reads them: one arrow per town pair and kind with the people
/// on it, moves inside a town in the town's box and on its own small map, a legend of the school marks and
/// the kinds, and no label on top of another — checked in the report's HTML the template renders.
/// </summary>
public sealed partial class FlowMapTests
{
    [Fact]
    public void Rows_between_two_towns_make_one_arrow_per_kind_with_the_number_of_people()
    {
        var county = TwoTowns();
        var t = county.Dataset.Teachers;
        var plan = new Plan(
        [
            Make.Row(t[0], AssignmentKind.Transfer, "B1", Subject.MATH, "补充乡村学校数学教师"),
            Make.Row(t[1], AssignmentKind.Transfer, "B2", Subject.MATH, "补充乡村学校数学教师"),
            Make.Row(t[2], AssignmentKind.Transfer, "B2", Subject.MATH, "补充乡村学校数学教师"),
            Make.Row(t[4], AssignmentKind.Principal, "B1", null, "任现职满6年，交流任职"),
        ]);
        var map = CountyMap(county, plan);
        Assert.Single(Arrows(map, "transfer"));
        Assert.Single(Arrows(map, "principal"));
        Assert.Empty(Arrows(map, "itinerant"));
        Assert.Equal(["3", "1"], Labels(map).Where(l => l.All(char.IsAsciiDigit)));
        Assert.Contains("甲镇", Labels(map));
        Assert.Contains("乙镇", Labels(map));
    }

    [Fact]
    public void Moves_inside_a_town_are_counted_in_its_box_and_drawn_on_its_own_small_map_and_other_towns_get_none()
    {
        var county = TwoTowns();
        var t = county.Dataset.Teachers;
        var plan = new Plan(
        [
            Make.Row(t[3], AssignmentKind.Itinerant, "A2", Subject.MUS, "为本镇学校补充音乐课时", 0.2m),
            Make.Row(t[0], AssignmentKind.Transfer, "A2", Subject.MATH, "补充数学教师"),
            Make.Row(t[1], AssignmentKind.Transfer, "B1", Subject.MATH, "补充乡村学校数学教师"),
        ]);
        var report = Report(county, plan);
        var countyMap = Svg(report, "交流流向图：各镇之间");
        Assert.Empty(Arrows(countyMap, "itinerant"));
        Assert.Single(Arrows(countyMap, "transfer"));
        Assert.Contains("镇内 2 人", Labels(countyMap));
        var town = Svg(report, "甲镇镇内流向图");
        Assert.Single(Arrows(town, "itinerant"));
        Assert.Single(Arrows(town, "transfer"));
        Assert.Contains("调往外镇 1 人：乙镇 1", town);
        Assert.Contains("无外镇调入", town);
        Assert.DoesNotContain("乙镇镇内流向图", report);
    }

    [Fact]
    public void The_legend_names_the_school_marks_and_names_returns_only_when_the_plan_has_them()
    {
        var county = TwoTowns();
        var t = county.Dataset.Teachers;
        var transfer = Make.Row(t[0], AssignmentKind.Transfer, "B1", Subject.MATH, "补充乡村学校数学教师");
        var without = CountyMap(county, new Plan([transfer]));
        Assert.All(new[] { "城区学校", "镇区学校", "乡村学校", "薄弱学校", "交流轮岗", "走教", "校长交流" }, l => Assert.Contains(l, without));
        Assert.DoesNotContain("期满返回", without);
        var back = Make.Row(t[1], AssignmentKind.Return, "B2", Subject.MATH, "交流期满返回原校");
        var with = CountyMap(county, new Plan([transfer, back]));
        Assert.Contains("期满返回", with);
        Assert.Single(Arrows(with, "return"));
    }

    [Fact]
    public void No_two_labels_overlap_on_any_map_of_the_county_and_every_arrow_has_its_number()
    {
        var read = DatasetReader.Read(Directory.Exists(RepoPaths.SampleCounty) ? RepoPaths.SampleCounty : RepoPaths.ContractExample);
        Assert.True(read.Ok, string.Join("\n", read.Errors));
        var county = County.Create(read.Dataset!);
        var report = Report(county, WithSharesInsideTowns(county, HandPlan.For(county, itinerant: 40, principals: 15)));
        var maps = SvgPattern().Matches(report).Select(m => m.Value).Where(s => s.Contains("流向图", StringComparison.Ordinal)).ToList();
        Assert.True(maps.Count > 2, $"the sample county should have the county map and small maps of its towns, not {maps.Count} maps");
        foreach (var map in maps)
        {
            var boxes = LabelBoxes(map);
            for (var i = 0; i < boxes.Count; i++)
            {
                for (var j = i + 1; j < boxes.Count; j++)
                {
                    Assert.False(Overlap(boxes[i], boxes[j]), $"labels {boxes[i]} and {boxes[j]} overlap");
                }
            }
        }
        var countyMap = maps[0];
        var towns = county.Dataset.Schools.Select(s => s.Town).Distinct().Count();
        Assert.Equal(towns + ArrowPattern().Count(countyMap), LabelBoxes(countyMap).Count);
    }

    /// <summary>The plan and, in every town, up to four more teachers sharing time with another school of their town.</summary>
    private static Plan WithSharesInsideTowns(County county, Plan plan)
    {
        var busy = plan.Assignments.Select(a => a.TeacherId).ToHashSet();
        var shares = county.Dataset.Schools.GroupBy(s => s.Town).SelectMany(town => county.Dataset.Teachers
            .Where(t => !busy.Contains(t.Id) && county.Status[t.Id].Movable && town.Any(s => s.Id == t.SchoolId))
            .Select(t => (Teacher: t, To: town.FirstOrDefault(s => s.Id != t.SchoolId && s.HasStage(t.Stage))))
            .Where(x => x.To is not null)
            .Take(4)
            .Select(x => Make.Row(x.Teacher, AssignmentKind.Itinerant, x.To!.Id.Value, x.Teacher.Subject, "为本镇学校补充课时", 0.2m, county.Policy)));
        return new Plan([.. plan.Assignments, .. shares]);
    }

    private static County TwoTowns()
    {
        var schools = new[]
        {
            Make.School("A1", "甲镇第一小学", "甲镇", Area.Urban, 24.66, 116.16, primary: 900, primaryClasses: 20),
            Make.School("A2", "甲镇第二小学", "甲镇", Area.Town, 24.65, 116.18, primary: 600, primaryClasses: 14),
            Make.School("B1", "乙镇中心小学", "乙镇", Area.Town, 24.55, 116.25, primary: 300, primaryClasses: 8),
            Make.School("B2", "乙镇山背小学", "乙镇", Area.Rural, 24.53, 116.28, primary: 90, primaryClasses: 4) with { Weak = true },
        };
        var teachers = new[]
        {
            Make.Teacher("T0001", "王芳", "A1", Subject.MATH), Make.Teacher("T0002", "李明", "A1", Subject.MATH),
            Make.Teacher("T0003", "陈静", "A2", Subject.MATH), Make.Teacher("T0004", "黄华", "A1", Subject.MUS),
            Make.Principal("T0005", "张伟", "A2"),
        };
        return County.Create(new Dataset { Schools = schools, Teachers = teachers, Policy = SmallPlan.Policy });
    }

    private static string Report(County county, Plan plan) =>
        new HtmlDocuments(PlanDocuments.LoadTemplates(SmallPlan.Options()), RenderInput.Measure(county, plan, SmallPlan.Solver), SmallPlan.ReportDate)
            .Report();

    private static string CountyMap(County county, Plan plan) => Svg(Report(county, plan), "交流流向图：各镇之间");

    private static string Svg(string html, string label) =>
        Assert.Single(SvgPattern().Matches(html), m => m.Value.Contains($"aria-label=\"{label}\"", StringComparison.Ordinal)).Value;

    private static IEnumerable<Match> Arrows(string svg, string kind) =>
        ArrowPattern().Matches(svg).Where(m => m.Groups["kind"].Value == kind);

    private static List<string> Labels(string svg) =>
        LabelPattern().Matches(svg).SelectMany(m => TextPattern().Matches(m.Value).Select(t => t.Groups["text"].Value)).ToList();

    private static List<(double X, double Y, double W, double H)> LabelBoxes(string svg) =>
        LabelRectPattern().Matches(svg).Select(m => (D(m, "x"), D(m, "y"), D(m, "w"), D(m, "h"))).ToList();

    private static double D(Match m, string group) => double.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    private static bool Overlap((double X, double Y, double W, double H) a, (double X, double Y, double W, double H) b) =>
        a.X < b.X + b.W && b.X < a.X + a.W && a.Y < b.Y + b.H && b.Y < a.Y + a.H;

    [GeneratedRegex("<svg[^>]*>.*?</svg>", RegexOptions.Singleline)]
    private static partial Regex SvgPattern();

    [GeneratedRegex("<path [^>]*marker-end=\"url\\(#[a-z0-9]+-(?<kind>[a-z]+)\\)\"")]
    private static partial Regex ArrowPattern();

    [GeneratedRegex("<rect class=\"label\"[^>]*/>(<text[^>]*>[^<]*</text>)+")]
    private static partial Regex LabelPattern();

    [GeneratedRegex("<text[^>]*>(?<text>[^<]*)</text>")]
    private static partial Regex TextPattern();

    [GeneratedRegex("<rect class=\"label\" x=\"(?<x>[-0-9.]+)\" y=\"(?<y>[-0-9.]+)\" width=\"(?<w>[0-9.]+)\" height=\"(?<h>[0-9.]+)\"")]
    private static partial Regex LabelRectPattern();
}
