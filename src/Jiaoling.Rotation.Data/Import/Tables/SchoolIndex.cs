using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Data.Import.Tables;

/// <summary>
/// The schools read: those that parsed, and every id named by a row, even a bad one, so that other tables
/// are not told a school is unknown when its row only had a bad value. Without a schools table
/// (<see cref="Missing"/>) references are not checked: the missing table was reported once.
/// </summary>
internal sealed record SchoolIndex(IReadOnlyList<School> Schools, IReadOnlySet<SchoolId> Known)
{
    public static readonly SchoolIndex Missing = new([], new HashSet<SchoolId>()) { Available = false };

    public bool Available { get; private init; } = true;

    public IReadOnlyDictionary<SchoolId, School> ById { get; } = Schools.ToDictionary(s => s.Id);

    /// <summary>Reports an unknown school id in a column of another table.</summary>
    public void CheckKnown(RowReader row, Column column, SchoolId id)
    {
        if (Available && !Known.Contains(id))
        {
            row.Error(column, $"{column.Display}“{id}”不在 schools 表中");
        }
    }

    /// <summary>Reports a stage the school does not have (a known school only: unknown ones are reported apart).</summary>
    public void CheckStage(RowReader row, Column column, SchoolId id, Stage stage)
    {
        if (ById.TryGetValue(id, out var school) && !school.HasStage(stage))
        {
            row.Error(column, $"学校“{id}”的学段类型为 {Codes.Level.Code(school.Level)}（{Codes.Level.Label(school.Level)}），" +
                      $"没有{Codes.Stage.Label(stage)}学段（{column.Name} 为 {Codes.Stage.Code(stage)}）");
        }
    }
}
