using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Jiaoling.Rotation.Data.Import.Tables;

namespace Jiaoling.Rotation.Data.Import.Sources;

/// <summary>
/// Reads contract tables from an .xlsx file: the first sheet of a table's own file (<c>teachers.xlsx</c>),
/// or each sheet of a workbook named after a table (<c>teachers</c> or <c>教师</c>), reported as
/// <c>county.xlsx[教师]</c>. Row 1 is the header; rows keep their sheet row numbers.
/// </summary>
internal static class XlsxSource
{
    public static IReadOnlyList<(TableSchema Schema, RawTable Table)> Load(
        string file, byte[] bytes, TableSchema? ownTable, ProblemLog log)
    {
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = SpreadsheetDocument.Open(stream, false);
            return Read(file, document, ownTable, log);
        }
        // A damaged zip surfaces from System.IO.Packaging as any of these, depending on which byte broke.
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or XmlException
                                       or ArgumentOutOfRangeException or InvalidOperationException or IOException)
        {
            log.Error(file, 1, $"不是有效的 Excel 工作簿（.xlsx）：{e.Message}");
            return [];
        }
    }

    private static List<(TableSchema, RawTable)> Read(string file, SpreadsheetDocument document, TableSchema? ownTable,
        ProblemLog log)
    {
        var tables = new List<(TableSchema, RawTable)>();
        var workbook = document.WorkbookPart;
        var sheets = workbook?.Workbook.Sheets?.Elements<Sheet>().ToList() ?? [];
        if (workbook is null || sheets.Count == 0)
        {
            log.Error(file, 1, "工作簿中没有工作表");
            return tables;
        }
        var cells = new XlsxCells(workbook);
        if (ownTable is not null)
        {
            AddSheet(tables, ownTable, workbook, sheets[0], file, cells, log);
            return tables;
        }
        foreach (var sheet in sheets)
        {
            var name = sheet.Name?.Value ?? "";
            if (name.Trim() == ContractTables.InstructionsSheet)
            {
                continue;
            }
            var schema = DatasetFolder.Schemas.FirstOrDefault(s => s.MatchesSheet(name));
            if (schema is null)
            {
                var valid = string.Join("、", DatasetFolder.Schemas.Select(s => $"{s.Name}/{s.Alias}"));
                log.Warn(file, 1, $"工作表“{name}”不是数据表，已忽略；可识别的工作表名：{valid}");
                continue;
            }
            AddSheet(tables, schema, workbook, sheet, $"{file}[{name}]", cells, log);
        }
        return tables;
    }

    private static void AddSheet(List<(TableSchema, RawTable)> tables, TableSchema schema, WorkbookPart workbook, Sheet sheet,
        string label, XlsxCells cells, ProblemLog log)
    {
        if (sheet.Id?.Value is { } id && workbook.GetPartById(id) is WorksheetPart part)
        {
            tables.Add((schema, ReadSheet(part, label, cells)));
        }
        else
        {
            log.Error(label, 1, "不是普通工作表（可能是图表），无法读取数据");
        }
    }

    private static RawTable ReadSheet(WorksheetPart part, string label, XlsxCells cells)
    {
        var rows = new List<RawRow>();
        uint previous = 0;
        foreach (var row in part.Worksheet.GetFirstChild<SheetData>()?.Elements<Row>() ?? [])
        {
            previous = row.RowIndex?.Value ?? previous + 1;
            rows.Add(ReadRow(row, (int)previous, cells));
        }
        var width = rows.Count == 0 ? 0 : rows.Max(r => r.Cells.Count);
        var header = rows.FirstOrDefault(r => r.Line == 1)?.Cells ?? [];
        return new RawTable(label, Pad(header, width), rows.Where(r => r.Line > 1).Select(r => r with { Cells = Pad(r.Cells, width) }).ToList())
        {
            IsWorkbook = true,
        };
    }

    private static RawRow ReadRow(Row row, int line, XlsxCells cells)
    {
        var texts = new List<string>();
        var imprecise = new HashSet<int>();
        foreach (var cell in row.Elements<Cell>())
        {
            var column = cell.CellReference?.Value is { } reference && ColumnLetters.IndexOf(reference) is >= 0 and var index
                ? index : texts.Count;
            while (texts.Count <= column)
            {
                texts.Add("");
            }
            (texts[column], var lost) = cells.Text(cell);
            if (lost)
            {
                imprecise.Add(column);
            }
        }
        return new RawRow(line, texts) { ImpreciseColumns = imprecise };
    }

    private static IReadOnlyList<string> Pad(IReadOnlyList<string> cells, int width) =>
        cells.Count >= width ? cells : cells.Concat(Enumerable.Repeat("", width - cells.Count)).ToList();
}
