using System.Globalization;
using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Tests;

namespace Jiaoling.Rotation.Data.Tests.Import;

/// <summary>
/// The contract example as a Chinese office would keep it: Chinese headers, Chinese labels instead of
/// codes, 是/否 booleans and unpadded YYYY/M/D dates. Header aliases are the contract's, written out here.
/// </summary>
internal static class ChineseCopy
{
    public static readonly string[] Tables = ["schools", "teachers", "demand"];

    private static readonly Dictionary<string, string> SchoolAliases = new()
    {
        ["school_id"] = "学校代码", ["name"] = "学校名称", ["town"] = "所在镇", ["area"] = "城乡类型", ["level"] = "学段类型",
        ["teaching_point"] = "教学点", ["weak"] = "薄弱学校", ["boarding"] = "寄宿制", ["primary_students"] = "小学在校生数",
        ["primary_classes"] = "小学班级数", ["junior_students"] = "初中在校生数", ["junior_classes"] = "初中班级数",
        ["special_needs_students"] = "随班就读残疾学生数", ["staff_quota"] = "核定编制数", ["lat"] = "纬度", ["lon"] = "经度",
        ["group_id"] = "教研联盟",
    };

    private static readonly Dictionary<string, string> TeacherAliases = new()
    {
        ["teacher_id"] = "工号", ["name"] = "姓名", ["id_number"] = "身份证号", ["gender"] = "性别", ["birth_date"] = "出生日期",
        ["retirement_date"] = "法定退休日期", ["school_id"] = "学校代码", ["stage"] = "任教学段", ["subject"] = "任教学科",
        ["other_subjects"] = "可兼任学科", ["title"] = "职称", ["backbone"] = "骨干教师", ["education"] = "最高学历",
        ["staff_type"] = "用工类型", ["school_start_date"] = "本校任教起始日期", ["role"] = "岗位", ["role_start_date"] = "任现职起始日期",
        ["exemption"] = "暂缓交流原因", ["spouse_id"] = "配偶工号", ["willing"] = "交流意愿", ["needs_rural_service"] = "需乡村任教经历",
        ["last_rotation_end"] = "上次交流结束日期", ["home_lat"] = "住址纬度", ["home_lon"] = "住址经度",
    };

    private static readonly Dictionary<string, string> DemandAliases = new()
    {
        ["school_id"] = "学校代码", ["stage"] = "学段", ["subject"] = "学科", ["required_fte"] = "需求人数",
    };

    private static readonly Dictionary<string, Func<string, string>> Values = new()
    {
        ["area"] = Label(Codes.Area), ["level"] = Label(Codes.Level), ["gender"] = Label(Codes.Gender),
        ["stage"] = Label(Codes.Stage), ["subject"] = Label(Codes.Subject), ["title"] = Label(Codes.Title),
        ["backbone"] = Label(Codes.Backbone), ["education"] = Label(Codes.Education), ["staff_type"] = Label(Codes.StaffType),
        ["role"] = Label(Codes.Role), ["exemption"] = Label(Codes.Exemption), ["willing"] = Label(Codes.Willing),
        ["other_subjects"] = s => string.Join("；", s.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(Label(Codes.Subject))),
        ["teaching_point"] = YesNo, ["weak"] = YesNo, ["boarding"] = YesNo, ["needs_rural_service"] = YesNo,
        ["birth_date"] = SlashDate, ["retirement_date"] = SlashDate, ["school_start_date"] = SlashDate,
        ["role_start_date"] = SlashDate, ["last_rotation_end"] = SlashDate,
    };

    /// <summary>The example table's rows, header first, as plain cells (the example has no quoted fields).</summary>
    public static List<string[]> Rows(string table) =>
        File.ReadAllLines(Path.Combine(RepoPaths.ContractExample, table + ".csv"))
            .Where(line => line.Length > 0)
            .Select(line => line.Split(','))
            .ToList();

    /// <summary>The table with Chinese headers and labels.</summary>
    public static List<string[]> Translate(string table)
    {
        var aliases = table switch { "schools" => SchoolAliases, "teachers" => TeacherAliases, _ => DemandAliases };
        var rows = Rows(table);
        var header = rows[0];
        var translated = new List<string[]> { header.Select(h => aliases[h]).ToArray() };
        translated.AddRange(rows.Skip(1).Select(row => row
            .Select((cell, i) => cell.Length > 0 && Values.TryGetValue(header[i], out var f) ? f(cell) : cell)
            .ToArray()));
        return translated;
    }

    public static string Csv(IEnumerable<string[]> rows) => string.Join("\r\n", rows.Select(r => string.Join(",", r))) + "\r\n";

    private static Func<string, string> Label<T>(CodeTable<T> codes) where T : struct, Enum =>
        s => codes.TryParse(s, out var value) ? codes.Label(value) : throw new ArgumentException(s);

    private static string YesNo(string s) => bool.Parse(s) ? "是" : "否";

    private static string SlashDate(string s) => DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture)
        .ToString("yyyy/M/d", CultureInfo.InvariantCulture);
}
