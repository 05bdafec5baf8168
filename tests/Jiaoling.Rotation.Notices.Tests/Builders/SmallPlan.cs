using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Domain.Metrics;

namespace Jiaoling.Rotation.Notices.Tests.Builders;

/// <summary>
/// A fixed four-school county and a plan with one of each kind of row: a transfer, an itinerant teacher
/// serving two schools, and two principals trading schools. The golden files are rendered from it.
/// </summary>
internal static class SmallPlan
{
    public static readonly DateOnly ReportDate = new(2027, 7, 15);

    public static readonly SolverSummary Solver = new(SolverSummary.Optimal, 3.2, 0,
        [new SolverLevel("shortage", SolverSummary.Optimal, 1.5, 1.5, 0, 2.0), new SolverLevel("balance", SolverSummary.Feasible, 42, 40, 0.0476, 1.2)]);

    /// <summary>The default policy with the documents' keys set: dates unlike their defaults, document number 7, contacts.</summary>
    public static readonly Policy Policy = Make.Policy with
    {
        DocNumber = 7, NoticeDate = new DateOnly(2027, 8, 10), ReportDate = new DateOnly(2027, 8, 30),
        PublicityStart = new DateOnly(2027, 7, 20), PublicityDays = 5,
        ContactPerson = "人事股 李老师", ContactPhone = "0753-1230001", SupervisionPhone = "0753-1230002",
    };

    public static RenderInput Input(string teacherName = "王芳", string schoolName = "新铺小学", string reason = "补充乡村学校数学教师",
        string teacherId = "T0001")
    {
        var schools = new[]
        {
            Make.School("S1", "城关小学", "蕉城镇", Area.Urban, 24.656, 116.173, primary: 1400, primaryClasses: 28) with { StaffQuota = 4 },
            Make.School("S2", schoolName, "新铺镇", Area.Rural, 24.602, 116.205, primary: 200, primaryClasses: 6) with { StaffQuota = 2 },
            Make.School("S3", "长潭中心小学", "长潭镇", Area.Town, 24.530, 116.170, primary: 300, primaryClasses: 8),
            Make.School("S4", "蕉岭中学", "蕉城镇", Area.Urban, 24.660, 116.160, junior: 900, juniorClasses: 18),
        };
        var transfer = Make.Teacher(teacherId, teacherName, "S1", Subject.MATH, backbone: BackboneLevel.County);
        var itinerant = Make.Teacher("T0002", "李明", "S1", Subject.MUS, education: Education.Associate);
        var principal2 = Make.Principal("T0003", "陈国强", "S2");
        var principal3 = Make.Principal("T0004", "黄丽", "S3");
        var teachers = new[]
        {
            transfer, itinerant, principal2, principal3,
            Make.Teacher("T0005", "张伟", "S4", Subject.PE, Stage.Junior),
            Make.Teacher("T0006", "刘洋", "S1", Subject.CHN) with { Exemption = Exemption.Nursing },
            Make.Teacher("T0007", "赵敏", "S2", Subject.CHN, education: Education.Secondary),
        };
        var demand = new[]
        {
            Make.Demand("S1", Subject.MATH, 1.0m), Make.Demand("S1", Subject.MUS, 0.6m), Make.Demand("S1", Subject.CHN, 1.0m),
            Make.Demand("S2", Subject.MATH, 1.0m), Make.Demand("S2", Subject.MUS, 0.3m), Make.Demand("S2", Subject.CHN, 1.0m),
            Make.Demand("S3", Subject.MUS, 0.2m), Make.Demand("S4", Subject.PE, 1.0m, Stage.Junior),
        };
        var county = County.Create(new Dataset { Schools = schools, Teachers = teachers, Demand = demand, Policy = Policy });
        var plan = new Plan(
        [
            Make.Row(transfer, AssignmentKind.Transfer, "S2", Subject.MATH, reason),
            Make.Row(itinerant, AssignmentKind.Itinerant, "S2", Subject.MUS, "为乡村学校补充音乐课时", 0.2m),
            Make.Row(itinerant, AssignmentKind.Itinerant, "S3", Subject.MUS, "为镇区学校补充音乐课时", 0.2m),
            Make.Row(principal2, AssignmentKind.Principal, "S3", null, "任现职满6年，交流任职"),
            Make.Row(principal3, AssignmentKind.Principal, "S2", null, "任现职满6年，交流任职"),
        ]);
        return RenderInput.Measure(county, plan, Solver);
    }

    public static DocumentOptions Options(bool pdf = false) => new()
    {
        TemplatesFolder = RepoPaths.Combine("templates"),
        MakePdf = pdf,
        ReportDate = ReportDate,
    };
}
