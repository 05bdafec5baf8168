using Jiaoling.Rotation.Data.Csv;
using Jiaoling.Rotation.Data.Import.Sources;
using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Data.Import.Tables;

/// <summary>
/// Reads the cells of one record as the contract's types, reporting each bad value at the record's line
/// with the column, the value and what would be valid (in a workbook also the column letter).
/// <see cref="Failed"/> tells that a value was missing or bad, so the record must not become an entity.
/// </summary>
internal sealed class RowReader(TableView table, RawRow row, ProblemLog log)
{
    private delegate bool TryParse<T>(string text, out T value);

    private readonly Dictionary<Column, string?> _cells = new();
    private readonly HashSet<Column> _badIds = [];

    public int Line => row.Line;

    public string File => table.File;

    public bool Failed { get; private set; }

    public void Error(string message)
    {
        log.Error(table.File, row.Line, message);
        Failed = true;
    }

    /// <summary>An error about one cell: in a workbook the message starts with the cell's column letter.</summary>
    public void Error(Column column, string message) => Error(At(column) + message);

    /// <summary>A warning; warnings of one <paramref name="group"/> in a file print as one line with a count.</summary>
    public void Warn(string message, string? group = null) => log.Warn(table.File, row.Line, message, group);

    public void Warn(Column column, string message, string? group = null) => Warn(At(column) + message, group);

    /// <summary>
    /// The trimmed cell, or null when it is empty or the column is absent. A CSV cell loses the apostrophe
    /// the project's own writer put before a formula-like start; outside prose columns full-width letters
    /// and digits read as half-width, with one warning per column.
    /// </summary>
    public string? Text(Column column)
    {
        if (!_cells.TryGetValue(column, out var text))
        {
            _cells[column] = text = Read(column);
        }
        return text;
    }

    public bool IsImprecise(Column column) => table.IndexOf(column) is { } i && row.ImpreciseColumns.Contains(i);

    /// <summary>The trimmed cell of a required value; an empty one is reported.</summary>
    public string Required(Column column)
    {
        var text = Text(column);
        if (text is null)
        {
            ReportEmpty(column);
        }
        return text ?? "";
    }

    /// <summary>
    /// A teacher or school id as <see cref="IdRules"/> allows it; null when empty, or when it is invalid
    /// (reported once per cell, so that a reference to it is not also reported as unknown).
    /// </summary>
    public string? Id(Column column, bool required = false)
    {
        var text = required ? Required(column) : Text(column) ?? "";
        if (text.Length == 0)
        {
            return null;
        }
        var problem = IsImprecise(column)
            ? $"在 Excel 中以数字保存，超过 15 位的数字已丢失末尾几位；{IdRules.AsText}"
            : IdRules.Problem(text);
        if (problem is null)
        {
            return text;
        }
        if (_badIds.Add(column))
        {
            Error(column, $"{column.Display}{IdRules.Show(text)}{problem}");
        }
        Failed = true;
        return null;
    }

    /// <summary>A code; <paramref name="respell"/> maps a spelling the code table lacks to one it has.</summary>
    public T? Code<T>(Column column, CodeTable<T> codes, bool required = false, Func<string, string>? respell = null)
        where T : struct, Enum =>
        Parse<T>(column, required,
            (string t, out T v) => codes.TryParse(t, out v) || (respell is not null && codes.TryParse(respell(t), out v)),
            "以下之一：" + codes.Describe());

    public bool Bool(Column column) => Parse<bool>(column, false, ValueParsers.TryBool, ValueParsers.BoolFormat) ?? false;

    public DateOnly? Date(Column column, bool required = false) =>
        Parse<DateOnly>(column, required, ValueParsers.TryDate, ValueParsers.DateFormat);

    /// <summary>A count: an integer ≥ 0.</summary>
    public int? Count(Column column, bool required = false) =>
        Parse<int>(column, required, (string t, out int v) => ValueParsers.TryInt(t, out v) && v >= 0, "不小于 0 的整数");

    public decimal? Decimal(Column column, bool required = false) =>
        Parse<decimal>(column, required, ValueParsers.TryDecimal, "数字（小数点用英文句点）");

    public double? Double(Column column, bool required, Func<double, bool> valid, string expected) =>
        Parse<double>(column, required, (string t, out double v) => ValueParsers.TryDouble(t, out v) && valid(v), expected);

    public double? Latitude(Column column, bool required) =>
        Double(column, required, v => v is >= -90 and <= 90, "-90 到 90 之间的十进制度数");

    public double? Longitude(Column column, bool required) =>
        Double(column, required, v => v is >= -180 and <= 180, "-180 到 180 之间的十进制度数");

    private string? Read(Column column)
    {
        var i = table.IndexOf(column);
        var text = i is { } index && index < row.Cells.Count ? row.Cells[index].Trim() : "";
        if (!table.IsWorkbook)
        {
            text = CsvText.Restore(text);
        }
        if (!column.FreeText && FullWidth.Contains(text))
        {
            var half = FullWidth.ToHalfWidth(text);
            if (FullWidth.HasLettersOrDigits(text))
            {
                Warn(column, $"{column.Display}中的全角字母或数字已按半角读取（如“{text}”读作“{half}”）", "full-width " + column.Name);
            }
            text = half;
        }
        return text.Length == 0 ? null : text;
    }

    private T? Parse<T>(Column column, bool required, TryParse<T> parse, string expected) where T : struct
    {
        var text = Text(column);
        if (text is null)
        {
            if (required)
            {
                ReportEmpty(column);
            }
            return null;
        }
        if (parse(text, out var value))
        {
            return value;
        }
        Error(column, $"{column.Display}的值“{text}”无效，应为{expected}");
        return null;
    }

    private void ReportEmpty(Column column)
    {
        if (table.Has(column))
        {
            Error(column, $"{column.Display}不能为空");
        }
        else
        {
            // The missing column was reported once at line 1; the record still cannot be built.
            Failed = true;
        }
    }

    private string At(Column column) =>
        table.IsWorkbook && table.IndexOf(column) is { } i ? $"列 {ColumnLetters.Of(i)}：" : "";
}
