using Jiaoling.Rotation.Domain;
using C = Jiaoling.Rotation.Data.Import.Tables.DemandColumns;

namespace Jiaoling.Rotation.Data.Import.Tables;

/// <summary>Reads demand.csv: one row per school × stage × subject, FTE ≥ 0 with at most one decimal.</summary>
internal static class DemandTable
{
    public static IReadOnlyList<DemandEntry> Read(TableView table, SchoolIndex schools)
    {
        var entries = new List<DemandEntry>();
        var keys = new FirstLines<DemandKey>();
        foreach (var row in table.Rows())
        {
            var school = new SchoolId(row.Id(C.SchoolId, required: true) ?? "");
            var stage = row.Code(C.Stage, Codes.Stage, required: true);
            var subject = row.Code(C.Subject, Codes.Subject, required: true);
            var fte = row.Decimal(C.RequiredFte, required: true);
            if (fte is { } f && (f < 0 || ValueParsers.DecimalPlaces(f) > 1))
            {
                row.Error($"{C.RequiredFte.Display}的值“{row.Text(C.RequiredFte)}”无效，应为不小于 0、至多一位小数的数字（如 2 或 1.5）");
            }
            if (school.Value.Length == 0 || stage is null || subject is null)
            {
                continue;
            }
            schools.CheckKnown(row, C.SchoolId, school);
            schools.CheckStage(row, C.Stage, school, stage.Value);
            var key = new DemandKey(school, stage.Value, subject.Value);
            keys.Add(row, key, $"学校“{school}”{Codes.Stage.Label(stage.Value)}{Codes.Subject.Label(subject.Value)}的需求行");
            if (fte is { } value && !row.Failed)
            {
                entries.Add(new DemandEntry(key, value));
            }
        }
        return entries;
    }
}
