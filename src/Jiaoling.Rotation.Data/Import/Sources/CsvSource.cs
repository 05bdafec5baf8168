namespace Jiaoling.Rotation.Data.Import.Sources;

/// <summary>Reads a CSV file's bytes as a raw table: decoded, tokenized, header first.</summary>
internal static class CsvSource
{
    public static RawTable? Load(string file, byte[] bytes, ProblemLog log)
    {
        var rows = CsvTokenizer.Tokenize(TextDecoder.Decode(bytes), out var unclosed);
        if (unclosed is { } line)
        {
            log.Error(file, line, "引号未闭合：从此行开始的单元格缺少结尾的英文双引号");
        }
        if (rows.Count == 0)
        {
            log.Error(file, 1, "文件是空的：第 1 行应为表头");
            return null;
        }
        return new RawTable(file, rows[0].Cells, rows.Skip(1).ToList()) { Strict = true };
    }
}
