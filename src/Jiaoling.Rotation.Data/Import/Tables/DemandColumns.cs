namespace Jiaoling.Rotation.Data.Import.Tables;

/// <summary>The columns of demand.csv (also the format the planner writes derived demand in).</summary>
public static class DemandColumns
{
    public static readonly Column SchoolId = new("school_id", "学校代码", true);
    public static readonly Column Stage = new("stage", "学段", true);
    public static readonly Column Subject = new("subject", "学科", true);
    public static readonly Column RequiredFte = new("required_fte", "需求人数", true);

    public static readonly TableSchema Schema = new("demand", "需求", false, [SchoolId, Stage, Subject, RequiredFte]);
}
