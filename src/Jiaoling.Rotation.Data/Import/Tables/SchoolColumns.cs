namespace Jiaoling.Rotation.Data.Import.Tables;

/// <summary>The columns of schools.csv.</summary>
public static class SchoolColumns
{
    public static readonly Column Id = new("school_id", "学校代码", true);
    public static readonly Column Name = new("name", "学校名称", true) { FreeText = true };
    public static readonly Column Town = new("town", "所在镇", true) { FreeText = true };
    public static readonly Column Area = new("area", "城乡类型", true);
    public static readonly Column Level = new("level", "学段类型", true);
    public static readonly Column TeachingPoint = new("teaching_point", "教学点");
    public static readonly Column ParentSchoolId = new("parent_school_id", "所属中心校");
    public static readonly Column Weak = new("weak", "薄弱学校");
    public static readonly Column Boarding = new("boarding", "寄宿制");
    public static readonly Column PrimaryStudents = new("primary_students", "小学在校生数");
    public static readonly Column PrimaryClasses = new("primary_classes", "小学班级数");
    public static readonly Column JuniorStudents = new("junior_students", "初中在校生数");
    public static readonly Column JuniorClasses = new("junior_classes", "初中班级数");
    public static readonly Column SpecialNeedsStudents = new("special_needs_students", "随班就读残疾学生数");
    public static readonly Column StaffQuota = new("staff_quota", "核定编制数");
    public static readonly Column Lat = new("lat", "纬度", true);
    public static readonly Column Lon = new("lon", "经度", true);
    public static readonly Column GroupId = new("group_id", "教研联盟");

    public static readonly TableSchema Schema = new("schools", "学校", true,
    [
        Id, Name, Town, Area, Level, TeachingPoint, ParentSchoolId, Weak, Boarding, PrimaryStudents, PrimaryClasses,
        JuniorStudents, JuniorClasses, SpecialNeedsStudents, StaffQuota, Lat, Lon, GroupId,
    ]);
}
