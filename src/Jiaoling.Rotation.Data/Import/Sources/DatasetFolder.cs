using System.Security.Cryptography;
using Jiaoling.Rotation.Data.Import.Tables;

namespace Jiaoling.Rotation.Data.Import.Sources;

/// <summary>
/// What a dataset folder holds: each contract table from its CSV file, its own .xlsx file or a sheet of a
/// workbook (a table given twice is an error), the policy.json bytes, and every file read with its hash.
/// </summary>
internal sealed class DatasetFolder
{
    public const string PolicyFile = "policy.json";

    public static IReadOnlyList<TableSchema> Schemas => ContractTables.All;

    private readonly Dictionary<TableSchema, RawTable> _tables = new();
    private readonly List<SourceFile> _files = [];
    private readonly ProblemLog _log;

    private DatasetFolder(ProblemLog log) => _log = log;

    public byte[]? Policy { get; private set; }

    public IReadOnlyList<SourceFile> Files => _files;

    public RawTable? Table(TableSchema schema) => _tables.GetValueOrDefault(schema);

    public static DatasetFolder Load(string folder, ProblemLog log)
    {
        var content = new DatasetFolder(log);
        if (!Directory.Exists(folder))
        {
            log.Error(Path.GetFileName(Path.TrimEndingDirectorySeparator(folder)), 1, $"数据文件夹“{folder}”不存在");
            return content;
        }
        foreach (var path in content.ListFiles(folder))
        {
            content.LoadFile(path);
        }
        foreach (var schema in Schemas.Where(s => s.Required && !content._tables.ContainsKey(s)))
        {
            log.Error(schema.CsvName, 1, $"缺少必需的文件 {schema.CsvName}（也可以是 {schema.Name}.xlsx，" +
                                         $"或某个工作簿中名为 {schema.Name} 或 {schema.Alias} 的工作表）");
        }
        return content;
    }

    private IEnumerable<string> ListFiles(string folder)
    {
        try
        {
            // CSV files first, so that a table also given in a workbook is reported at the workbook.
            return Directory.GetFiles(folder)
                .OrderBy(f => Path.GetExtension(f).Equals(".csv", StringComparison.OrdinalIgnoreCase) ? 0 : 1)
                .ThenBy(f => Path.GetFileName(f), StringComparer.Ordinal)
                .ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _log.Error(Path.GetFileName(Path.TrimEndingDirectorySeparator(folder)), 1, $"无法列出数据文件夹中的文件：{e.Message}");
            return [];
        }
    }

    private void LoadFile(string path)
    {
        var name = Path.GetFileName(path);
        var stem = Path.GetFileNameWithoutExtension(path);
        var extension = Path.GetExtension(path).ToLowerInvariant();
        var schema = Schemas.FirstOrDefault(s => s.Name.Equals(stem, StringComparison.OrdinalIgnoreCase));
        var isPolicy = name.Equals(PolicyFile, StringComparison.OrdinalIgnoreCase);
        var isWorkbook = extension == ".xlsx" && !name.StartsWith("~$", StringComparison.Ordinal);
        if (extension == ".xls")
        {
            _log.Warn(name, 1, "不支持旧版 Excel（.xls）文件，已忽略；请在 Excel 中另存为 .xlsx 或 CSV（UTF-8）");
            return;
        }
        if (!isPolicy && !isWorkbook && (extension != ".csv" || schema is null))
        {
            return;
        }
        if (ReadBytes(path, name) is not { } bytes)
        {
            return;
        }
        _files.Add(new SourceFile(name, Convert.ToHexStringLower(SHA256.HashData(bytes))));
        if (isPolicy)
        {
            Policy = bytes;
        }
        else if (extension == ".csv")
        {
            Add(schema!, CsvSource.Load(name, bytes, _log));
        }
        else
        {
            foreach (var (sheetSchema, table) in XlsxSource.Load(name, bytes, schema, _log))
            {
                Add(sheetSchema, table);
            }
        }
    }

    private void Add(TableSchema schema, RawTable? table)
    {
        if (table is null)
        {
            return;
        }
        if (_tables.TryGetValue(schema, out var first))
        {
            _log.Error(table.File, 1, $"表 {schema.Name}（{schema.Alias}）重复提供：已从 {first.File} 读取，请只保留一份");
            return;
        }
        _tables[schema] = table;
    }

    private byte[]? ReadBytes(string path, string name)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _log.Error(name, 1, $"无法读取文件：{e.Message}");
            return null;
        }
    }
}
