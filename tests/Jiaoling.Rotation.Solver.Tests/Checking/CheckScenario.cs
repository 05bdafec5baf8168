using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Solver.Checking;
using Jiaoling.Rotation.Solver.Tests.Builders;

namespace Jiaoling.Rotation.Solver.Tests.Checking;

/// <summary>
/// The small county the checker tests share. Urban primary school A (km 0) has CHN teachers T1, T2
/// (backbone), newcomer N1 and exempt X1, music teacher T3 (also art) and principal PA; rural school B
/// (km 10) has CHN teacher T4 and principal PB and lacks a CHN, a MUS and an ART teacher; C (km 30),
/// D (km 5 south, other alliance), F (km 70) are primary schools, J (km 5) a junior school with J1.
/// T1 and T4 are married. The valid plan sends backbone teacher T2 from A to B.
/// </summary>
internal static class CheckScenario
{
    public static readonly DateOnly Recently = new(2024, 8, 1);
    public static readonly DateOnly LongAgo = new(2018, 8, 1);

    public static CountyBuilder Builder(int? quotaB = null, DateOnly? principalsSince = null) => new CountyBuilder()
        .School("A", s => s.At(0))
        .School("B", s => s.At(10).Rural().With(x => x with { StaffQuota = quotaB }))
        .School("C", s => s.At(30))
        .School("D", s => s.At(-5).Group("G2"))
        .School("F", s => s.At(70).Group("G3"))
        .School("J", s => s.At(5).Junior())
        .Teacher("T1", "A", t => t.SpouseOf("T4"))
        .Teacher("T2", "A", t => t.Backbone())
        .Teacher("T3", "A", t => t.Teaching(Subject.MUS, Subject.ART))
        .Teacher("N1", "A", t => t.Newcomer())
        .Teacher("X1", "A", t => t.Exempt())
        .Teacher("PA", "A", t => t.Principal(principalsSince ?? Recently))
        .Teacher("T4", "B", t => t.SpouseOf("T1"))
        .Teacher("PB", "B", t => t.Principal(principalsSince ?? Recently))
        .Teacher("J1", "J", t => t.Junior().Teaching(Subject.MATH))
        .Demand("A", Subject.CHN, 1)
        .Demand("A", Subject.MUS, 1)
        .Demand("B", Subject.CHN, 2)
        .Demand("B", Subject.MUS, 1)
        .Demand("B", Subject.ART, 1)
        .Policy(p => p with { MaxOutflowRatio = 0.5m });

    public static County County() => Builder().Build();

    public static Assignment Transfer(County c, string teacher, string to, Subject? subject = null) =>
        Row(c, teacher, AssignmentKind.Transfer, to, subject ?? c.Teachers[new TeacherId(teacher)].Subject, 1m);

    public static Assignment Itinerant(County c, string teacher, string to, decimal share, Subject? subject = null) =>
        Row(c, teacher, AssignmentKind.Itinerant, to, subject ?? c.Teachers[new TeacherId(teacher)].Subject, share);

    public static Assignment Principal(County c, string teacher, string to) =>
        Row(c, teacher, AssignmentKind.Principal, to, null, 1m);

    /// <summary>The valid plan: T2 to B, where CHN is short.</summary>
    public static Assignment[] Valid(County c) => [Transfer(c, "T2", "B")];

    public static Plan Plan(params Assignment[] rows) => new(rows);

    public static IReadOnlyList<string> RuleIdsOf(County c, Plan plan) =>
        PlanChecker.Check(c, plan).Select(v => v.RuleId).Distinct().ToList();

    private static Assignment Row(County c, string teacher, AssignmentKind kind, string to, Subject? subject, decimal share)
    {
        var t = c.Teachers[new TeacherId(teacher)];
        return Assignment.Of(t, kind, new SchoolId(to), subject, share, c.Policy, "测试");
    }
}
