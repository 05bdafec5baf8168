using System.Globalization;
using Jiaoling.Rotation.Data.Import.Tables;
using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Data.Csv;

/// <summary>Writes demand in the contract's demand.csv format (what a run writes when it derived demand).</summary>
public static class DemandCsv
{
    public static string Header => string.Join(",", DemandColumns.Schema.Columns.Select(c => c.Name));

    public static void Write(IEnumerable<DemandEntry> demand, TextWriter writer)
    {
        writer.Write(Header);
        writer.Write('\n');
        foreach (var entry in demand)
        {
            CsvText.WriteRecord(writer,
            [
                entry.Key.School.Value, Codes.Stage.Code(entry.Key.Stage), Codes.Subject.Code(entry.Key.Subject),
                entry.RequiredFte.ToString("0.0", CultureInfo.InvariantCulture),
            ]);
        }
    }
}
