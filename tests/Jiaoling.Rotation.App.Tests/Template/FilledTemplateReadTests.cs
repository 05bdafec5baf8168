using Jiaoling.Rotation.App.Tests.Diagnose;
using Jiaoling.Rotation.Data.Import;

namespace Jiaoling.Rotation.App.Tests.Template;

/// <summary>A template filled in as HR would — labels from the lists, dates typed as dates — reads to the dataset its CSV twin reads to.</summary>
public sealed class FilledTemplateReadTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static Dictionary<string, object> School(string id, string name, string town, string area, string level, string weak,
        int primary, int primaryClasses, int junior, int juniorClasses, double lat, double lon) => new()
    {
        ["学校代码"] = id, ["学校名称"] = name, ["所在镇"] = town, ["城乡类型"] = area, ["学段类型"] = level, ["教学点"] = "否",
        ["薄弱学校"] = weak, ["寄宿制"] = weak, ["小学在校生数"] = primary, ["小学班级数"] = primaryClasses,
        ["初中在校生数"] = junior, ["初中班级数"] = juniorClasses, ["随班就读残疾学生数"] = 2, ["核定编制数"] = 30,
        ["纬度"] = lat, ["经度"] = lon, ["教研联盟"] = "G1",
    };

    [Fact]
    public void A_filled_in_template_reads_to_the_same_dataset_as_the_same_rows_in_csv()
    {
        Assert.Equal(0, CliRun.Of("template", "--out", _temp["xlsx"]).Exit);
        var workbook = Path.Combine(_temp["xlsx"], "交流轮岗数据.xlsx");
        FilledTemplate.Fill(workbook, "学校",
            School("S01", "城关小学", "蕉城镇", "城区", "小学", "否", 600, 12, 0, 0, 24.6565, 116.1735),
            School("S02", "新铺中学", "新铺镇", "乡村", "初中", "是", 0, 0, 400, 9, 24.70125, 116.2));
        FilledTemplate.Fill(workbook, "教师",
            new Dictionary<string, object>
            {
                ["工号"] = "T001", ["姓名"] = "李丽", ["身份证号"] = "441427197504285851", ["性别"] = "女", ["出生日期"] = new DateOnly(1975, 4, 28),
                ["学校代码"] = "S01", ["任教学段"] = "小学", ["任教学科"] = "语文", ["职称"] = "一级", ["骨干教师"] = "否", ["最高学历"] = "本科",
                ["用工类型"] = "在编", ["本校任教起始日期"] = new DateOnly(2006, 6, 3), ["岗位"] = "教师", ["暂缓交流原因"] = "无",
                ["交流意愿"] = "愿意", ["需乡村任教经历"] = "否", ["住址纬度"] = 24.61343, ["住址经度"] = 116.17449,
            },
            new Dictionary<string, object>
            {
                ["工号"] = "T002", ["姓名"] = "王强", ["身份证号"] = "441427198001015111", ["性别"] = "男", ["出生日期"] = new DateOnly(1980, 1, 1),
                ["法定退休日期"] = new DateOnly(2040, 1, 31), ["学校代码"] = "S02", ["任教学段"] = "初中", ["任教学科"] = "体育与健康",
                ["可兼任学科"] = "音乐;美术", ["职称"] = "高级", ["骨干教师"] = "县级", ["最高学历"] = "大专", ["用工类型"] = "在编",
                ["本校任教起始日期"] = new DateOnly(2010, 9, 1), ["岗位"] = "校长", ["任现职起始日期"] = new DateOnly(2015, 9, 1),
                ["交流意愿"] = "不愿意", ["上次交流结束日期"] = new DateOnly(2020, 8, 31),
            },
            new Dictionary<string, object>
            {
                ["工号"] = "T003", ["姓名"] = "陈芳", ["性别"] = "女", ["出生日期"] = new DateOnly(1990, 2, 2), ["学校代码"] = "S02",
                ["任教学段"] = "初中", ["任教学科"] = "数学", ["职称"] = "二级", ["骨干教师"] = "否", ["最高学历"] = "硕士", ["用工类型"] = "特岗",
                ["本校任教起始日期"] = new DateOnly(2018, 9, 1), ["岗位"] = "教师", ["暂缓交流原因"] = "孕期", ["交流意愿"] = "未填",
                ["需乡村任教经历"] = "是",
            });
        FilledTemplate.Fill(workbook, "距离", new Dictionary<string, object> { ["起点学校代码"] = "S01", ["终点学校代码"] = "S02", ["公里"] = 12.5 });
        var csv = _temp["csv"];
        Directory.CreateDirectory(csv);
        File.WriteAllText(Path.Combine(csv, "schools.csv"), """
            school_id,name,town,area,level,teaching_point,weak,boarding,primary_students,primary_classes,junior_students,junior_classes,special_needs_students,staff_quota,lat,lon,group_id
            S01,城关小学,蕉城镇,urban,primary,false,false,false,600,12,0,0,2,30,24.6565,116.1735,G1
            S02,新铺中学,新铺镇,rural,junior,false,true,true,0,0,400,9,2,30,24.70125,116.2,G1
            """);
        File.WriteAllText(Path.Combine(csv, "teachers.csv"), """
            teacher_id,name,id_number,gender,birth_date,retirement_date,school_id,stage,subject,other_subjects,title,backbone,education,staff_type,school_start_date,role,role_start_date,exemption,spouse_id,willing,needs_rural_service,last_rotation_end,home_lat,home_lon
            T001,李丽,441427197504285851,F,1975-04-28,,S01,primary,CHN,,first,none,bachelor,regular,2006-06-03,teacher,,none,,yes,false,,24.61343,116.17449
            T002,王强,441427198001015111,M,1980-01-01,2040-01-31,S02,junior,PE,MUS;ART,senior,county,associate,regular,2010-09-01,principal,2015-09-01,,,no,,2020-08-31,,
            T003,陈芳,,F,1990-02-02,,S02,junior,MATH,,second,none,master,special_post,2018-09-01,teacher,,pregnancy,,unknown,true,,,
            """);
        File.WriteAllText(Path.Combine(csv, "distances.csv"), "from_school_id,to_school_id,km\nS01,S02,12.5\n");

        var (fromXlsx, fromCsv) = (DatasetReader.Read(_temp["xlsx"]), DatasetReader.Read(csv));

        Assert.Empty(fromXlsx.Errors);
        Assert.Empty(fromCsv.Errors);
        // The blank 需求 sheet means "derive the demand", as a missing demand.csv does; the 说明 sheet is passed over.
        Assert.Equal("需求表没有数据行，已按课程方案和编制标准测算各校需求", Assert.Single(fromXlsx.Warnings).Message);
        var (x, c) = (fromXlsx.Dataset!, fromCsv.Dataset!);
        Assert.Null(x.Demand);
        Assert.Null(c.Demand);
        Assert.Equal(c.Schools, x.Schools);
        Assert.Equal(c.Distances, x.Distances);
        Assert.Equal(c.Teachers.Select(t => t with { OtherSubjects = [] }), x.Teachers.Select(t => t with { OtherSubjects = [] }));
        Assert.Equal(c.Teachers.Select(t => string.Join(";", t.OtherSubjects)), x.Teachers.Select(t => string.Join(";", t.OtherSubjects)));
        Assert.Equal(3, x.Teachers.Count);
    }
}
