using Jiaoling.Rotation.Data.Import.Tables;
using Jiaoling.Rotation.Domain;
using C = Jiaoling.Rotation.Data.Csv.PlanColumns;

namespace Jiaoling.Rotation.Data.Csv;

/// <summary>Reads one row of plan.csv; a row with a missing id or an unreadable value is reported and skipped.</summary>
internal static class PlanRow
{
    public static Assignment? Read(RowReader row)
    {
        var teacher = row.Required(C.TeacherId);
        var kind = row.Code(C.Kind, Codes.Kind, required: true);
        var from = row.Required(C.From);
        var to = row.Required(C.To);
        var stage = row.Code(C.Stage, Codes.Stage, required: true);
        var subject = row.Code(C.Subject, Codes.Subject);
        var share = row.Decimal(C.Share, required: true);
        var start = row.Date(C.StartDate, required: true);
        var end = row.Date(C.EndDate, required: true);
        if (row.Failed || kind is null || stage is null || share is null || start is null || end is null)
        {
            return null;
        }
        return new Assignment
        {
            TeacherId = new TeacherId(teacher), TeacherName = row.Text(C.TeacherName) ?? "", Kind = kind.Value,
            From = new SchoolId(from), To = new SchoolId(to), Stage = stage.Value, Subject = subject,
            Share = share.Value, StartDate = start.Value, EndDate = end.Value, Reason = row.Text(C.Reason) ?? "",
        };
    }
}
