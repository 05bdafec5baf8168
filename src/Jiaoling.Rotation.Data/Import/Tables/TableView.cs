using Jiaoling.Rotation.Data.Import.Sources;

namespace Jiaoling.Rotation.Data.Import.Tables;

/// <summary>
/// A raw table seen through its schema: which cell holds which column. Opening it reports missing required
/// columns, repeated and unknown ones at line 1; its rows skip blank records and report ragged ones.
/// </summary>
internal sealed class TableView
{
    private readonly RawTable _raw;
    private readonly ProblemLog _log;
    private readonly Dictionary<Column, int> _index = new();
    private readonly Dictionary<Column, (string Header, int Index, string Spelling)> _guesses = new();

    private TableView(RawTable raw, TableSchema schema, ProblemLog log)
    {
        _raw = raw;
        _log = log;
        Schema = schema;
        var headers = raw.Header.Select(h => FullWidth.ToHalfWidth(h.Trim())).ToList();
        var unknown = Enumerable.Range(0, headers.Count).Where(i => !MapHeader(headers[i], i)).ToList();
        foreach (var i in unknown)
        {
            UnknownHeader(headers[i], i);
        }
        foreach (var missing in schema.Columns.Where(c => c.Required && !_index.ContainsKey(c)))
        {
            var guess = _guesses.TryGetValue(missing, out var g)
                ? $"；第 {g.Index + 1} 列“{g.Header}”您是不是要写 “{g.Spelling}”？"
                : "";
            log.Error(File, 1, $"缺少必需的列 {missing.Display}{guess}");
        }
    }

    public TableSchema Schema { get; }

    public string File => _raw.File;

    public bool IsWorkbook => _raw.IsWorkbook;

    public static TableView Open(RawTable raw, TableSchema schema, ProblemLog log) => new(raw, schema, log);

    public bool Has(Column column) => _index.ContainsKey(column);

    public int? IndexOf(Column column) => _index.TryGetValue(column, out var i) ? i : null;

    /// <summary>The records that carry data, each with a reader; a ragged record is reported and left out.</summary>
    public IEnumerable<RowReader> Rows()
    {
        foreach (var row in _raw.Rows.Where(r => !r.IsBlank))
        {
            if (_raw.Strict && row.Cells.Count != _raw.Header.Count)
            {
                _log.Error(File, row.Line, $"该行有 {row.Cells.Count} 个单元格，而表头有 {_raw.Header.Count} 列；" +
                                           "含逗号、引号或换行的单元格须用英文双引号括起");
                continue;
            }
            yield return new RowReader(this, row, _log);
        }
    }

    /// <summary>Maps a known header to its column; false for a header no column has.</summary>
    private bool MapHeader(string header, int i)
    {
        if (header.Length == 0)
        {
            if (_raw.Rows.Any(r => i < r.Cells.Count && !string.IsNullOrWhiteSpace(r.Cells[i])))
            {
                _log.Warn(File, 1, $"第 {i + 1} 列没有列名，其中的数据已忽略");
            }
            return true;
        }
        var column = Schema.Columns.FirstOrDefault(c => c.Matches(header));
        if (column is null)
        {
            return false;
        }
        if (!_index.TryAdd(column, i))
        {
            _log.Error(File, 1, $"列 {column.Display} 出现了两次（第 {_index[column] + 1} 列和第 {i + 1} 列）");
        }
        return true;
    }

    private void UnknownHeader(string header, int i)
    {
        // Only a column the header lacks can be the one meant.
        if (HeaderGuess.Nearest(header, Schema.Columns.Where(c => !_index.ContainsKey(c))) is { } guess)
        {
            // A required column meant is reported once, as the missing column's error that names this header.
            if (_guesses.TryAdd(guess.Column, (header, i, guess.Spelling)) && guess.Column.Required)
            {
                return;
            }
            _log.Warn(File, 1, $"未知的列“{header}”，已忽略；您是不是要写 “{guess.Spelling}”？");
            return;
        }
        var known = string.Join(", ", Schema.Columns.Select(c => c.Display));
        _log.Warn(File, 1, $"未知的列“{header}”，已忽略；可用的列：{known}");
    }
}
