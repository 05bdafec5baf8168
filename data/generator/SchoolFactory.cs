using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Generator;

/// <summary>
/// Draws the schools of the county, one "unit" per town repeated as often as the size asks: in 蕉城镇
/// large urban primary, junior and nine-year schools; in every other town a central primary school, a
/// boarding junior school, village primary schools and a teaching point run by the central school,
/// and in some towns a rural nine-year school.
/// </summary>
internal sealed class SchoolFactory(Random random)
{
    private readonly List<SchoolSpec> _specs = [];

    public IReadOnlyList<SchoolSpec> Draw(int units)
    {
        for (var k = 0; k < units; k++)
        {
            for (var t = 0; t < Town.All.Count; t++)
            {
                if (Town.All[t].Urban)
                {
                    DrawUrban(Town.All[t], t, k);
                }
                else
                {
                    DrawTown(Town.All[t], t, k);
                }
            }
        }
        return _specs;
    }

    private void DrawUrban(Town town, int t, int k)
    {
        for (var i = 0; i < 6; i++)
        {
            Add(town, t, $"蕉城第{k * 6 + i + 1}小学", Area.Urban, SchoolLevel.Primary, 0.01,
                (Between(1000, 1900), Between(42, 49)), (0, 0));
        }
        for (var i = 0; i < 3; i++)
        {
            Add(town, t, $"蕉岭县第{k * 3 + i + 1}中学", Area.Urban, SchoolLevel.Junior, 0.012,
                (0, 0), (Between(1100, 1500), Between(46, 53)));
        }
        Add(town, t, $"蕉岭县实验学校{Suffix(k)}", Area.Urban, SchoolLevel.NineYear, 0.012,
            (Between(1000, 1400), Between(43, 47)), (Between(600, 900), Between(46, 50)));
    }

    private void DrawTown(Town town, int t, int k)
    {
        var central = Add(town, t, $"{town.Short}中心小学{Suffix(k)}", Area.Town, SchoolLevel.Primary, 0.008,
            (Between(500, 900), Between(38, 44)), (0, 0));
        Add(town, t, $"{town.Short}中学{Suffix(k)}", Area.Town, SchoolLevel.Junior, 0.01,
            (0, 0), (Between(380, 800), Between(42, 48)), boarding: true);
        for (var v = 0; v < 4; v++)
        {
            Add(town, t, $"{town.Short}{town.Villages[v]}小学{Suffix(k)}", Area.Rural, SchoolLevel.Primary, 0.05,
                (Between(80, 330), Between(20, 34)), (0, 0), weak: random.NextDouble() < 0.3);
        }
        var point = Add(town, t, $"{town.Short}{town.Villages[4]}教学点{Suffix(k)}", Area.Rural, SchoolLevel.Primary, 0.07,
            (Between(15, 60), Between(12, 22)), (0, 0), weak: true);
        _specs[^1] = point with { Template = point.Template with { TeachingPoint = true, ParentSchoolId = central.Template.Id } };
        if (t % 2 == 1)
        {
            Add(town, t, $"{town.Short}{town.Villages[5]}学校{Suffix(k)}", Area.Rural, SchoolLevel.NineYear, 0.06,
                (Between(250, 450), Between(30, 38)), (Between(150, 300), Between(35, 44)), boarding: true);
        }
    }

    private SchoolSpec Add(Town town, int t, string name, Area area, SchoolLevel level, double spread,
        (int Students, double ClassSize) primary, (int Students, double ClassSize) junior,
        bool weak = false, bool boarding = false)
    {
        var id = new SchoolId($"S{_specs.Count + 1:0000}");
        var template = new School
        {
            Id = id,
            Name = name,
            Town = town.Name,
            Area = area,
            Level = level,
            Weak = weak,
            Boarding = boarding,
            SpecialNeedsStudents = random.NextDouble() < 0.35 ? random.Next(1, 9) : 0,
            Location = new GeoPoint(
                Math.Round(town.Centre.Lat + Offset(spread), 5),
                Math.Round(town.Centre.Lon + Offset(spread), 5)),
            GroupId = $"G{t + 1:00}",
        };
        var spec = new SchoolSpec(template, primary.Students, primary.ClassSize, junior.Students, junior.ClassSize);
        _specs.Add(spec);
        return spec;
    }

    private int Between(int low, int high) => random.Next(low, high + 1);

    private double Offset(double spread) => (random.NextDouble() * 2 - 1) * spread;

    private static string Suffix(int k) => k == 0 ? "" : $"（{k + 1}）";
}
