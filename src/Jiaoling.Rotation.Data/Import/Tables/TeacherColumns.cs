namespace Jiaoling.Rotation.Data.Import.Tables;

/// <summary>The columns of teachers.csv: the contract's, then the project's post_school_id (docs/data.md).</summary>
public static class TeacherColumns
{
    public static readonly Column Id = new("teacher_id", "工号", true);
    public static readonly Column Name = new("name", "姓名", true) { FreeText = true };
    public static readonly Column IdNumber = new("id_number", "身份证号");
    public static readonly Column Gender = new("gender", "性别", true);
    public static readonly Column BirthDate = new("birth_date", "出生日期", true);
    public static readonly Column RetirementDate = new("retirement_date", "法定退休日期");
    public static readonly Column SchoolId = new("school_id", "学校代码", true);
    public static readonly Column Stage = new("stage", "任教学段", true);
    public static readonly Column Subject = new("subject", "任教学科", true);
    public static readonly Column OtherSubjects = new("other_subjects", "可兼任学科");
    public static readonly Column Title = new("title", "职称", true);
    public static readonly Column Backbone = new("backbone", "骨干教师", true);
    public static readonly Column Education = new("education", "最高学历", true);
    public static readonly Column StaffType = new("staff_type", "用工类型");
    public static readonly Column SchoolStartDate = new("school_start_date", "本校任教起始日期", true);
    public static readonly Column Role = new("role", "岗位", true);
    public static readonly Column RoleStartDate = new("role_start_date", "任现职起始日期");
    public static readonly Column Exemption = new("exemption", "暂缓交流原因");
    public static readonly Column SpouseId = new("spouse_id", "配偶工号");
    public static readonly Column Willing = new("willing", "交流意愿");
    public static readonly Column NeedsRuralService = new("needs_rural_service", "需乡村任教经历");
    public static readonly Column LastRotationEnd = new("last_rotation_end", "上次交流结束日期");
    public static readonly Column HomeLat = new("home_lat", "住址纬度");
    public static readonly Column HomeLon = new("home_lon", "住址经度");
    public static readonly Column PostSchoolId = new("post_school_id", "人事关系学校");

    public static readonly TableSchema Schema = new("teachers", "教师", true,
    [
        Id, Name, IdNumber, Gender, BirthDate, RetirementDate, SchoolId, Stage, Subject, OtherSubjects, Title, Backbone,
        Education, StaffType, SchoolStartDate, Role, RoleStartDate, Exemption, SpouseId, Willing, NeedsRuralService,
        LastRotationEnd, HomeLat, HomeLon, PostSchoolId,
    ]);
}
