using Jiaoling.Rotation.Data.Import.Tables;
using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Planning.Sheets;

/// <summary>
/// How each column of the contract's tables is typed in the fill-in workbook: ids and codes as text, counts
/// as whole numbers, dates as dates, coordinates, and a drop-down list of the Chinese labels of the column's
/// code table (yes/no columns offer 是/否). Every column of <see cref="ContractTables.All"/> has an entry.
/// </summary>
public static class FillInColumns
{
    public static readonly IReadOnlyList<string> YesNo = ["是", "否"];

    private static readonly Dictionary<Column, (CellKind Kind, IReadOnlyList<string> Choices)> Formats = new(ReferenceEqualityComparer.Instance)
    {
        [SchoolColumns.Id] = Text, [SchoolColumns.Name] = Text, [SchoolColumns.Town] = Text,
        [SchoolColumns.Area] = Labels(Codes.Area), [SchoolColumns.Level] = Labels(Codes.Level),
        [SchoolColumns.TeachingPoint] = Bool, [SchoolColumns.ParentSchoolId] = Text, [SchoolColumns.Weak] = Bool,
        [SchoolColumns.Boarding] = Bool, [SchoolColumns.PrimaryStudents] = Count, [SchoolColumns.PrimaryClasses] = Count,
        [SchoolColumns.JuniorStudents] = Count, [SchoolColumns.JuniorClasses] = Count, [SchoolColumns.SpecialNeedsStudents] = Count,
        [SchoolColumns.StaffQuota] = Count, [SchoolColumns.Lat] = Coordinate, [SchoolColumns.Lon] = Coordinate, [SchoolColumns.GroupId] = Text,

        [TeacherColumns.Id] = Text, [TeacherColumns.Name] = Text, [TeacherColumns.IdNumber] = Text,
        [TeacherColumns.Gender] = Labels(Codes.Gender), [TeacherColumns.BirthDate] = Date, [TeacherColumns.RetirementDate] = Date,
        [TeacherColumns.SchoolId] = Text, [TeacherColumns.Stage] = Labels(Codes.Stage), [TeacherColumns.Subject] = Labels(Codes.Subject),
        [TeacherColumns.OtherSubjects] = Text, [TeacherColumns.Title] = Labels(Codes.Title), [TeacherColumns.Backbone] = Labels(Codes.Backbone),
        [TeacherColumns.Education] = Labels(Codes.Education), [TeacherColumns.StaffType] = Labels(Codes.StaffType),
        [TeacherColumns.SchoolStartDate] = Date, [TeacherColumns.Role] = Labels(Codes.Role), [TeacherColumns.RoleStartDate] = Date,
        [TeacherColumns.Exemption] = Labels(Codes.Exemption), [TeacherColumns.SpouseId] = Text, [TeacherColumns.Willing] = Labels(Codes.Willing),
        [TeacherColumns.NeedsRuralService] = Bool, [TeacherColumns.LastRotationEnd] = Date, [TeacherColumns.HomeLat] = Coordinate,
        [TeacherColumns.HomeLon] = Coordinate, [TeacherColumns.PostSchoolId] = Text,

        [DemandColumns.SchoolId] = Text, [DemandColumns.Stage] = Labels(Codes.Stage), [DemandColumns.Subject] = Labels(Codes.Subject),
        [DemandColumns.RequiredFte] = Number,

        [DistanceColumns.From] = Text, [DistanceColumns.To] = Text, [DistanceColumns.Km] = Number,

        [DecisionColumns.TeacherId] = Text, [DecisionColumns.Decision] = Labels(Codes.Decision), [DecisionColumns.SchoolId] = Text,
    };

    private static (CellKind, IReadOnlyList<string>) Text => (CellKind.Text, []);

    private static (CellKind, IReadOnlyList<string>) Count => (CellKind.Integer, []);

    private static (CellKind, IReadOnlyList<string>) Number => (CellKind.Decimal, []);

    private static (CellKind, IReadOnlyList<string>) Coordinate => (CellKind.Coordinate, []);

    private static (CellKind, IReadOnlyList<string>) Date => (CellKind.Date, []);

    private static (CellKind, IReadOnlyList<string>) Bool => (CellKind.Text, YesNo);

    private static (CellKind, IReadOnlyList<string>) Labels<T>(CodeTable<T> table) where T : struct, Enum =>
        (CellKind.Text, table.Values.Select(table.Label).ToList());

    /// <summary>The sheet column of a contract column: its Chinese alias as header, its format and its list.</summary>
    public static SheetColumn Of(Column column)
    {
        if (!Formats.TryGetValue(column, out var format))
        {
            throw new InvalidOperationException($"The fill-in workbook has no format for column {column.Name}.");
        }
        var width = Math.Max(column.Alias.Length * 2 + 4, format.Kind switch
        {
            CellKind.Date => 12,
            CellKind.Coordinate => 12,
            _ when column == TeacherColumns.IdNumber => 21,
            _ => 10,
        });
        return new SheetColumn(column.Alias, format.Kind, width) { Required = column.Required, Choices = format.Choices };
    }
}
