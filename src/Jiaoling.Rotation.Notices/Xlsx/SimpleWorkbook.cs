namespace Jiaoling.Rotation.Notices.Xlsx;

/// <summary>
/// A one-sheet workbook as bytes, for lists other parts of the program hand to HR (the portal's objections and the rotation register):
/// the same frozen bold header, filter, widths and typed cells as plan.xlsx, text as inline strings. Written in
/// memory, so no copy of the names lands in a temp folder.
/// </summary>
public static class SimpleWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Write(string sheet, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows)
    {
        using var stream = new MemoryStream();
        using (var writer = new SheetWriter(stream))
        {
            writer.AddSheet(sheet, header, rows);
        }
        return stream.ToArray();
    }
}
