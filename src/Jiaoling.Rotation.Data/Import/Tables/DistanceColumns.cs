namespace Jiaoling.Rotation.Data.Import.Tables;

/// <summary>The columns of distances.csv.</summary>
public static class DistanceColumns
{
    public static readonly Column From = new("from_school_id", "起点学校代码", true);
    public static readonly Column To = new("to_school_id", "终点学校代码", true);
    public static readonly Column Km = new("km", "公里", true);

    public static readonly TableSchema Schema = new("distances", "距离", false, [From, To, Km]);
}
