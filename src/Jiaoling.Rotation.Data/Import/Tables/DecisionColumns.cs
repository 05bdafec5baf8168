namespace Jiaoling.Rotation.Data.Import.Tables;

/// <summary>The columns of decisions.csv.</summary>
public static class DecisionColumns
{
    public static readonly Column TeacherId = new("teacher_id", "工号", true);
    public static readonly Column Decision = new("decision", "复核决定", true);
    public static readonly Column SchoolId = new("school_id", "学校代码");

    public static readonly TableSchema Schema = new("decisions", "复核", false, [TeacherId, Decision, SchoolId]);
}
