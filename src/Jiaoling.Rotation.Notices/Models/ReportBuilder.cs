using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Domain.Metrics;
using Jiaoling.Rotation.Notices.Svg;

namespace Jiaoling.Rotation.Notices.Models;

/// <summary>Builds the county report from the county measured before and after the plan.</summary>
internal static class ReportBuilder
{
    public static Report Build(RenderInput input, DateOnly issueDate)
    {
        var county = input.County;
        var policy = county.Policy;
        return new Report(
            $"{policy.PlanStartDate.Year}年义务教育学校教师交流轮岗方案评估报告",
            policy.Issuer,
            Format.Date(issueDate),
            Highlights.Build(input),
            SummaryRows.Build(input),
            Models.Definitions.Build(policy),
            Rotation(input.After.Rotation, policy),
            Domain.Metrics.Directions.Places.Select(DirectionRow.Label).ToList(),
            DirectionRow.Build(input.After.Rotation.Directions),
            ReturnRow.Build(county, input.Vacancies),
            Format.Fte(input.Before.ShortageFte),
            Format.Fte(input.After.ShortageFte),
            Codes.Area.Values.Select(Codes.Area.Label).ToList(),
            UnmetTable.Build(input),
            ResourceRow.Build(input),
            StandardsTables.Tallies(input),
            StandardsTables.Schools(input),
            IndicatorTable.Build(input),
            CountyMetrics.Stages.Select(stage => CvChart.Render(stage, input.Before.Indicators[stage], input.After.Indicators[stage])).ToList(),
            SizeLimits.Find(Diagnosis.Of(county)),
            input.Plan.Assignments.Where(a => a.Kind == AssignmentKind.Principal).Select(a => new PrincipalMove(
                a.TeacherId.Value,
                county.Teachers.GetValueOrDefault(a.TeacherId)?.Name ?? a.TeacherName,
                Format.SchoolName(county, a.From),
                Format.SchoolName(county, a.To),
                a.Reason)).ToList(),
            FlowMap.Render(county, input.Plan),
            TownFlowMaps.Render(county, input.Plan),
            Solver(input.Solver));
    }

    private static RotationSection Rotation(RotationMetrics r, Policy policy)
    {
        var ratioMet = r.Rotated >= policy.MinExchangeRatio * r.Eligible;
        var backboneMet = r.BackboneRotated >= policy.MinBackboneShare * r.Rotated;
        return new RotationSection(
            r.Eligible,
            r.Rotated,
            Format.Percent(r.Ratio),
            Format.Percent(policy.MinExchangeRatio),
            RotationMetrics.Targets(r.Eligible, policy).Rotated,
            ratioMet ? "达标" : "未达标",
            r.BackboneRotated,
            Format.Percent(r.BackboneShare),
            Format.Percent(policy.MinBackboneShare),
            backboneMet ? "达标" : "未达标",
            r.PrincipalsMoved,
            r.PrincipalsDue,
            r.ItinerantTeachers,
            Format.Percent(r.Directions.TowardShare),
            Format.Percent(r.Directions.SidewaysShare),
            r.UnwillingMoved,
            r.RotatedBefore,
            r.Returns);
    }

    private static SolverSection Solver(SolverSummary s) => new(
        StatusLabel(s.Status),
        Format.Number(s.Seconds, 1),
        s.Levels.Select(ObjectiveLabels.Words).ToList(),
        s.Levels.Select(l => new SolverLevelRow(
            ObjectiveLabels.Display(l.Name),
            StatusLabel(l.Status),
            Format.Number(l.Objective, 1),
            Format.Number(l.Bound, 1),
            ObjectiveLabels.Verdict(l),
            Format.Number(l.Seconds, 1))).ToList());

    private static string StatusLabel(string status) => status switch
    {
        SolverSummary.Optimal => "最优（已证明）",
        SolverSummary.Feasible => "可行（未证明最优）",
        _ => status,
    };
}
