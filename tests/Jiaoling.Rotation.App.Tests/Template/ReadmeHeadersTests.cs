using Jiaoling.Rotation.Data.Import.Tables;
using Jiaoling.Rotation.Tests;

namespace Jiaoling.Rotation.App.Tests.Template;

public sealed class ReadmeHeadersTests
{
    [Fact]
    public void The_readme_lists_each_sheets_chinese_headers_exactly_as_the_importer_defines_them()
    {
        var readme = File.ReadAllText(RepoPaths.Combine("README.md"));

        foreach (var table in ContractTables.All)
        {
            Assert.Contains($"| {table.Alias} | {string.Join("、", table.Columns.Select(c => c.Alias + (c.Required ? "*" : "")))} |", readme);
        }
    }
}
