using System.Globalization;
using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Notices.Models;

/// <summary>
/// Builds one notice per teacher of a plan, in plan order, numbered as annex items 1, 2, … of the plan's
/// one document (<see cref="NoticeFileBuilder"/>). A teacher's itinerant rows make one notice listing each
/// share. The reporting date is the policy's (<see cref="Policy.ReportDay"/>), never the day of the run.
/// </summary>
internal static class NoticeBuilder
{
    public static IReadOnlyList<Notice> Build(County county, Plan plan) =>
        plan.Assignments
            .GroupBy(a => a.TeacherId)
            .Select((rows, index) => Build(county, rows.ToList(), index + 1))
            .ToList();

    private static Notice Build(County county, IReadOnlyList<Assignment> rows, int annexNo)
    {
        var main = rows.FirstOrDefault(a => a.Kind != AssignmentKind.Itinerant) ?? rows[0];
        var teacher = county.Teachers.GetValueOrDefault(main.TeacherId);
        var itinerant = main.Kind == AssignmentKind.Itinerant;
        var shares = itinerant
            ? rows.Where(a => a.Kind == AssignmentKind.Itinerant).Select(a => Share(county, a)).ToList()
            : [];
        var newSchool = itinerant ? "" : Format.SchoolName(county, main.To);
        var newTown = itinerant ? "" : Format.Town(county, main.To);
        var reportPlace = itinerant
            ? string.Join("、", shares.Select(s => Place(s.School, s.Town)))
            : Place(newSchool, newTown);
        var totalShare = rows.Where(a => a.Kind == AssignmentKind.Itinerant).Sum(a => a.Share);
        var schools = new[] { main.From }.Concat(rows.Select(a => a.To)).Distinct().ToList();
        var (start, end, years) = (Format.Date(main.StartDate), Format.Date(main.EndDate),
            (main.EndDate.Year - main.StartDate.Year).ToString(CultureInfo.InvariantCulture));
        var current = Format.SchoolName(county, main.From);
        var body = main.Kind switch
        {
            AssignmentKind.Principal => $"根据县管校聘管理改革和中小学校长交流轮岗工作安排，经研究决定，你由{current}校长交流至{newSchool}任校长，"
                + $"任期{years}年，自{start}至{end}。",
            AssignmentKind.Itinerant => $"根据县管校聘管理改革和义务教育学校教师交流轮岗工作安排，经研究决定，你在保留{current}岗位的同时，"
                + $"于{start}至{end}到下列学校走教，每周共{Format.DaysPerWeek(totalShare)}天：",
            _ => $"根据县管校聘管理改革和义务教育学校教师交流轮岗工作安排，经研究决定，你由{current}交流至{newSchool}任教"
                + $"{Format.Subject(main.Subject)}，交流期{years}年，自{start}至{end}。",
        };
        return new Notice(
            annexNo,
            Format.KindCode(main.Kind),
            Format.Kind(main.Kind),
            main.Kind == AssignmentKind.Principal ? "校长交流通知书" : "交流轮岗通知书",
            main.TeacherId.Value,
            teacher?.Name ?? main.TeacherName,
            Format.Stage(main.Stage),
            Format.Subject(teacher?.Subject),
            current,
            Format.Town(county, main.From),
            newSchool,
            newTown,
            Format.Subject(main.Subject),
            shares,
            Format.DaysPerWeek(totalShare),
            start,
            end,
            years,
            string.Join("；", rows.Select(a => a.Reason).Distinct()),
            body,
            Format.Date(county.Policy.ReportDay),
            reportPlace,
            string.Join("，", schools.Select(id => Format.SchoolName(county, id))),
            schools.Select(id => id.Value).ToList());
    }

    private static NoticeShare Share(County county, Assignment row) => new(
        Format.SchoolName(county, row.To),
        Format.Town(county, row.To),
        Format.Subject(row.Subject),
        Format.Share(row.Share),
        Format.DaysPerWeek(row.Share));

    private static string Place(string school, string town) => town == "" ? school : $"{school}（{town}）";
}
