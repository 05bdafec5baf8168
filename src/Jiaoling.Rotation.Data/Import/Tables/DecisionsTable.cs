using Jiaoling.Rotation.Domain;
using C = Jiaoling.Rotation.Data.Import.Tables.DecisionColumns;

namespace Jiaoling.Rotation.Data.Import.Tables;

/// <summary>
/// Reads decisions.csv: review decisions on known teachers and schools, rejecting the contradictory ones
/// (two require or stay decisions for a teacher, require and forbid of one school, a stay with a school).
/// </summary>
internal static class DecisionsTable
{
    public static IReadOnlyList<Decision> Read(TableView table, SchoolIndex schools, TeacherIndex teachers)
    {
        var decisions = new List<Decision>();
        var binding = new FirstLines<TeacherId>();
        var bySchool = new Dictionary<(TeacherId, SchoolId), (DecisionKind Kind, int Line)>();
        foreach (var row in table.Rows())
        {
            var teacher = new TeacherId(row.Id(C.TeacherId, required: true) ?? "");
            var kind = row.Code(C.Decision, Codes.Decision, required: true);
            var school = row.Id(C.SchoolId) is { } s ? new SchoolId(s) : (SchoolId?)null;
            if (teacher.Value.Length == 0 || kind is null || row.Failed)
            {
                continue;
            }
            if (teachers.Available && !teachers.Known.Contains(teacher))
            {
                row.Error($"{C.TeacherId.Display}“{teacher}”不在 teachers 表中");
            }
            CheckSchool(row, kind.Value, school, schools);
            if (kind is DecisionKind.Require or DecisionKind.Stay)
            {
                binding.Add(row, teacher, $"教师“{teacher}”的 require（必须）或 stay（留任）决定（每人至多一条）");
            }
            if (kind is DecisionKind.Require or DecisionKind.Forbid && school is { } target)
            {
                CheckOpposite(row, teacher, target, kind.Value, bySchool);
            }
            if (!row.Failed)
            {
                decisions.Add(new Decision(teacher, kind.Value, school));
            }
        }
        return decisions;
    }

    private static void CheckSchool(RowReader row, DecisionKind kind, SchoolId? school, SchoolIndex schools)
    {
        var code = $"{Codes.Decision.Code(kind)}（{Codes.Decision.Label(kind)}）";
        if (kind == DecisionKind.Stay && school is not null)
        {
            row.Error($"{code}决定不指定学校，{C.SchoolId.Display}应为空（现为“{school}”）");
        }
        else if (kind != DecisionKind.Stay && school is null)
        {
            row.Error($"{code}决定须填写{C.SchoolId.Display}");
        }
        else if (school is { } id)
        {
            schools.CheckKnown(row, C.SchoolId, id);
        }
    }

    private static void CheckOpposite(RowReader row, TeacherId teacher, SchoolId school, DecisionKind kind,
        Dictionary<(TeacherId, SchoolId), (DecisionKind Kind, int Line)> bySchool)
    {
        if (bySchool.TryGetValue((teacher, school), out var earlier) && earlier.Kind != kind)
        {
            row.Error($"教师“{teacher}”对学校“{school}”的 {Codes.Decision.Code(kind)} 决定与第 {earlier.Line} 行的 " +
                      $"{Codes.Decision.Code(earlier.Kind)} 决定矛盾");
            return;
        }
        bySchool.TryAdd((teacher, school), (kind, row.Line));
    }
}
