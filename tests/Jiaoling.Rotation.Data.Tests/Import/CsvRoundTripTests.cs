using System.Text;
using Jiaoling.Rotation.Data.Csv;

namespace Jiaoling.Rotation.Data.Tests.Import;

/// <summary>
/// Property: any text written with <see cref="CsvText"/> reads back as itself, and records after it keep
/// their physical line numbers however many line breaks the quoted cells hold.
/// </summary>
public sealed class CsvRoundTripTests
{
    private static readonly string[] Pieces = ["a", "蕉", "岭", ",", "\"", "\n", "\r\n", "\r", " ", "；", "\"\"", ",\""];

    public static TheoryData<int> Seeds => new(Enumerable.Range(1, 40));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Quoted_cells_read_back_and_keep_later_line_numbers(int seed)
    {
        var random = new Random(seed);
        var names = Enumerable.Range(0, 3).Select(_ => Name(random)).ToList();
        var rows = names.Select((name, i) =>
            $"S{i + 1},{CsvText.Field(name)},蕉城镇,urban,nine_year,10,1,10,1,24.6,116.1,G1");
        var text = string.Join("\n", [TempDataset.Schools.Split('\n')[0], .. rows, "S9,坏,蕉城镇,city,primary,0,0,0,0,24.6,116.1,G1"]);
        using var dataset = TempDataset.Valid().With("schools.csv", text);

        var result = dataset.Read();

        var error = Assert.Single(result.Errors, e => e.File == "schools.csv");
        Assert.Equal(2 + names.Count + names.Sum(LineBreaks), error.Line);
        using var valid = TempDataset.Valid().With("schools.csv", text[..text.LastIndexOf('\n')]);
        Assert.Equal(names, valid.Read().Dataset!.Schools.Select(s => s.Name));
    }

    private static string Name(Random random)
    {
        var builder = new StringBuilder("校");
        for (var i = random.Next(1, 8); i > 0; i--)
        {
            builder.Append(Pieces[random.Next(Pieces.Length)]);
        }
        return builder.Append('名').ToString();
    }

    private static int LineBreaks(string text) => text.Replace("\r\n", "\n").Count(c => c is '\n' or '\r');
}
