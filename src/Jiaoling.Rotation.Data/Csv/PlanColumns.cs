using Jiaoling.Rotation.Data.Import.Tables;

namespace Jiaoling.Rotation.Data.Csv;

/// <summary>The columns of plan.csv, in the contract's order.</summary>
internal static class PlanColumns
{
    public static readonly Column TeacherId = new("teacher_id", "工号", true);
    public static readonly Column TeacherName = new("teacher_name", "姓名", true) { FreeText = true };
    public static readonly Column Kind = new("kind", "交流类型", true);
    public static readonly Column From = new("from_school_id", "原学校代码", true);
    public static readonly Column To = new("to_school_id", "交流学校代码", true);
    public static readonly Column Stage = new("stage", "学段", true);
    public static readonly Column Subject = new("subject", "学科", true);
    public static readonly Column Share = new("share", "份额", true);
    public static readonly Column StartDate = new("start_date", "开始日期", true);
    public static readonly Column EndDate = new("end_date", "结束日期", true);
    public static readonly Column Reason = new("reason", "理由", true) { FreeText = true };

    public static readonly TableSchema Schema = new("plan", "方案", true,
        [TeacherId, TeacherName, Kind, From, To, Stage, Subject, Share, StartDate, EndDate, Reason]);

    public static readonly string Header = string.Join(",", Schema.Columns.Select(c => c.Name));
}
