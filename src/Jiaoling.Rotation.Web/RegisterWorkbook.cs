using Jiaoling.Rotation.Notices.Xlsx;

namespace Jiaoling.Rotation.Web;

/// <summary>The register rows HR is looking at as an .xlsx download: one sheet 交流轮岗登记册, text never as a formula.</summary>
public static class RegisterWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Bytes(IEnumerable<RegisterRow> rows)
    {
        using var stream = new MemoryStream();
        using (var workbook = new SheetWriter(stream))
        {
            workbook.AddSheet("交流轮岗登记册", RegisterRows.Header, rows.Select(RegisterRows.Cells));
        }
        return stream.ToArray();
    }
}
