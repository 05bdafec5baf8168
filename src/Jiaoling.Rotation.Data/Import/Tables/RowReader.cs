using Jiaoling.Rotation.Data.Import.Sources;
using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Data.Import.Tables;

/// <summary>
/// Reads the cells of one record as the contract's types, reporting each bad value at the record's line
/// with the column, the value and what would be valid. <see cref="Failed"/> tells that a value was missing
/// or bad, so the record must not become an entity.
/// </summary>
internal sealed class RowReader(TableView table, RawRow row, ProblemLog log)
{
    private delegate bool TryParse<T>(string text, out T value);

    public int Line => row.Line;

    public string File => table.File;

    public bool Failed { get; private set; }

    public void Error(string message)
    {
        log.Error(table.File, row.Line, message);
        Failed = true;
    }

    public void Warn(string message) => log.Warn(table.File, row.Line, message);

    /// <summary>The trimmed cell, or null when it is empty or the column is absent.</summary>
    public string? Text(Column column)
    {
        var i = table.IndexOf(column);
        var text = i is { } index && index < row.Cells.Count ? row.Cells[index].Trim() : "";
        return text.Length == 0 ? null : text;
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

    public T? Code<T>(Column column, CodeTable<T> codes, bool required = false) where T : struct, Enum =>
        Parse<T>(column, required, codes.TryParse, "以下之一：" + codes.Describe());

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
        Error($"{column.Display}的值“{text}”无效，应为{expected}");
        return null;
    }

    private void ReportEmpty(Column column)
    {
        if (table.Has(column))
        {
            Error($"{column.Display}不能为空");
        }
        else
        {
            // The missing column was reported once at line 1; the record still cannot be built.
            Failed = true;
        }
    }
}
