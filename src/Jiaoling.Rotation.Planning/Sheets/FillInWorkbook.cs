using Jiaoling.Rotation.Data.Import.Tables;

namespace Jiaoling.Rotation.Planning.Sheets;

/// <summary>
/// The Excel workbook a county fills in (<c>template --out DIR</c>): an instructions sheet (说明), then one
/// sheet per contract table named by its Chinese alias (学校, 教师, 需求, 距离, 复核) with the Chinese headers
/// the importer accepts, required headers marked, each column formatted (<see cref="FillInColumns"/>) and a
/// drop-down list on every coded column. Saved as is, the folder holding it is a dataset.
/// </summary>
public static class FillInWorkbook
{
    public const string FileName = "交流轮岗数据.xlsx";

    public static void Write(string path)
    {
        using var workbook = new WorkbookWriter(path);
        workbook.AddText(ContractTables.InstructionsSheet, Instructions(), 110);
        foreach (var table in ContractTables.All)
        {
            workbook.AddSheet(table.Alias, table.Columns.Select(FillInColumns.Of).ToList(), []);
        }
    }

    private static IEnumerable<string> Instructions()
    {
        yield return "蕉岭县义务教育教师交流轮岗规划系统：数据填写说明";
        yield return "1. 本工作簿的“学校”“教师”两张表必须填写；“需求”表可以不填（不填时系统按课程方案和编制标准测算各校需求），"
                     + "“距离”表（两校之间的实际道路公里数）和“复核”表（复核后的决定）没有就不填。本“说明”表可以保留，系统读取时会跳过。";
        yield return "2. 每张表的第一行是表头，请不要修改、删除或调换顺序。黄色表头的列必须填写，灰色表头的列可以留空。";
        yield return "3. 带下拉箭头的列请从下拉列表中选择；是否类的列填“是”或“否”。日期列直接输入日期（如 2027-9-1 或 2027/9/1），"
                     + "单元格会显示为 2027-09-01。学校代码、工号、身份证号等列已设为文本格式，请保持文本格式，"
                     + "否则 Excel 会把 18 位身份证号改成 4.41427E+17 这样丢失数字的形式。";
        yield return "4. 可兼任学科可填多个，用分号“;”分隔（如 音乐;美术）。教学点在“所属中心校”列填中心校的学校代码。"
                     + "校长的“任现职起始日期”必须填写。夫妻双方都在本县任教时，在“配偶工号”列互填对方的工号。";
        yield return "5. 填好后把本工作簿放在一个文件夹中（可与政策参数文件 policy.json 放在一起），先运行 "
                     + "diagnose --data 该文件夹 --out 输出文件夹 检查数据：有错时会逐条指出哪张工作表第几行哪一列不对、应当怎样填；"
                     + "无误后运行 plan --data 该文件夹 --out 输出文件夹 编制方案。";
        yield return "";
        yield return "各表的列（表头 / 英文列名 / 是否必填 / 可填写的值）：";
        foreach (var table in ContractTables.All)
        {
            yield return $"【{table.Alias}】";
            foreach (var column in table.Columns)
            {
                var format = FillInColumns.Of(column);
                var values = format.Choices.Count > 0 ? $"，可填：{string.Join("、", format.Choices)}" : Hint(format.Kind);
                yield return $"  {column.Alias}（{column.Name}）：{(column.Required ? "必填" : "可空")}{values}";
            }
        }
    }

    private static string Hint(CellKind kind) => kind switch
    {
        CellKind.Date => "，日期",
        CellKind.Integer => "，不小于 0 的整数",
        CellKind.Decimal => "，数字",
        CellKind.Coordinate => "，十进制度数（如 24.6565）",
        _ => "",
    };
}
