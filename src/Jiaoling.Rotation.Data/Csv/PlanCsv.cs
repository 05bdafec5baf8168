using System.Globalization;
using Jiaoling.Rotation.Data.Import;
using Jiaoling.Rotation.Data.Import.Sources;
using Jiaoling.Rotation.Data.Import.Tables;
using Jiaoling.Rotation.Domain;
using C = Jiaoling.Rotation.Data.Csv.PlanColumns;

namespace Jiaoling.Rotation.Data.Csv;

/// <summary>
/// plan.csv as the contract specifies it: written with its exact header, codes, ISO dates and one-decimal
/// shares, text that starts like a formula behind an apostrophe (<see cref="CsvText.Text"/>); read
/// leniently, so that a checker can report bad rows and still check the others.
/// </summary>
public static class PlanCsv
{
    /// <summary>The contract's header line.</summary>
    public static string Header => C.Header;

    public static void Write(Plan plan, TextWriter writer)
    {
        writer.Write(Header);
        writer.Write('\n');
        foreach (var a in plan.Assignments)
        {
            CsvText.WriteRecord(writer,
            [
                CsvText.Text(a.TeacherId.Value), CsvText.Text(a.TeacherName), Codes.Kind.Code(a.Kind), CsvText.Text(a.From.Value),
                CsvText.Text(a.To.Value), Codes.Stage.Code(a.Stage), a.Subject is { } s ? Codes.Subject.Code(s) : "",
                a.Share.ToString("0.0##", CultureInfo.InvariantCulture), ValueParsers.Iso(a.StartDate), ValueParsers.Iso(a.EndDate), CsvText.Text(a.Reason),
            ]);
        }
    }

    public static PlanReadResult Read(string path)
    {
        var file = Path.GetFileName(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new PlanReadResult(null, [new Problem(file, 1, $"无法读取文件：{e.Message}", false)]);
        }
        var log = new ProblemLog();
        var lines = new List<int>();
        var plan = Read(file, bytes, log, lines);
        return new PlanReadResult(plan, log.Errors.Concat(log.Warnings).OrderBy(p => p.Line).ToList()) { Lines = lines };
    }

    private static Plan? Read(string file, byte[] bytes, ProblemLog log, List<int> lines)
    {
        if (CsvSource.Load(file, bytes, log) is not { } raw)
        {
            return null;
        }
        if (string.Join(",", raw.Header.Select(h => h.Trim())) != Header)
        {
            log.Error(file, 1, $"表头应为 {Header}");
        }
        var table = TableView.Open(raw, C.Schema, log);
        if (C.Schema.Columns.Any(c => !table.Has(c)))
        {
            return null;
        }
        var rows = new List<Assignment>();
        foreach (var row in table.Rows())
        {
            if (PlanRow.Read(row) is { } assignment)
            {
                rows.Add(assignment);
                lines.Add(row.Line);
            }
        }
        return new Plan(rows);
    }
}
