using System.Globalization;
using System.Text;
using Jiaoling.Rotation.Data.Import.Tables;
using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Data.Csv;

/// <summary>Writes demand in the contract's demand.csv format (what a run writes when it derived demand).</summary>
public static class DemandCsv
{
    /// <summary>The file's name in a dataset or an output folder.</summary>
    public const string FileName = "demand.csv";

    public static string Header => string.Join(",", DemandColumns.Schema.Columns.Select(c => c.Name));

    /// <summary>
    /// Writes the demand a run used into <paramref name="folder"/> when it was derived from norms, as the
    /// contract asks; a county's own demand is not written back.
    /// </summary>
    public static void WriteIfDerived(County county, string folder)
    {
        if (!county.DemandDerived)
        {
            return;
        }
        using var writer = new StreamWriter(Path.Combine(folder, FileName), false, new UTF8Encoding(false));
        Write(county.DemandEntries, writer);
    }

    public static void Write(IEnumerable<DemandEntry> demand, TextWriter writer)
    {
        writer.Write(Header);
        writer.Write('\n');
        foreach (var entry in demand)
        {
            CsvText.WriteRecord(writer,
            [
                CsvText.Text(entry.Key.School.Value), Codes.Stage.Code(entry.Key.Stage), Codes.Subject.Code(entry.Key.Subject),
                entry.RequiredFte.ToString("0.0", CultureInfo.InvariantCulture),
            ]);
        }
    }
}
