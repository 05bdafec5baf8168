using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Generator;

/// <summary>
/// Marries some teachers to each other: a woman and a man of the same town of similar age, each row
/// naming the other as spouse, as teachers.csv links couples who both teach in the county.
/// </summary>
internal static class Couples
{
    private const double Share = 0.14;
    private const int MaxAgeGapYears = 6;

    public static List<Teacher> Link(List<Teacher> teachers, IReadOnlyDictionary<SchoolId, School> schools, Random random)
    {
        var spouses = new Dictionary<TeacherId, TeacherId>();
        foreach (var town in teachers.GroupBy(t => schools[t.SchoolId].Town))
        {
            var men = town.Where(t => t.Gender == Gender.Male).OrderBy(_ => random.Next()).ToList();
            var women = town.Where(t => t.Gender == Gender.Female).OrderBy(_ => random.Next()).ToList();
            var next = 0;
            foreach (var woman in women.Where(_ => random.NextDouble() < Share))
            {
                var match = men.Skip(next).Take(20).FirstOrDefault(m =>
                    Math.Abs(m.BirthDate.Year - woman.BirthDate.Year) <= MaxAgeGapYears && !spouses.ContainsKey(m.Id));
                if (match is null)
                {
                    continue;
                }
                spouses[woman.Id] = match.Id;
                spouses[match.Id] = woman.Id;
                next = men.IndexOf(match) + 1;
            }
        }
        return teachers.Select(t => spouses.TryGetValue(t.Id, out var s) ? t with { SpouseId = s } : t).ToList();
    }
}
