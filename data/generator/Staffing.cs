using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Generator;

/// <summary>
/// Decides how many teachers of each subject a school has, from its demand: urban and town schools
/// are fully staffed with some surplus (most of all in PE, music, art, IT and psychology), rural
/// schools have their core subjects and few or none of the shortage subjects — the imbalance the
/// county plan asks the rotation to fix.
/// </summary>
internal static class Staffing
{
    public static List<Slot> Slots(IReadOnlyList<School> schools, IReadOnlyList<DemandEntry> demand, Random random)
    {
        var byId = schools.ToDictionary(s => s.Id);
        var slots = new List<Slot>();
        foreach (var entry in demand)
        {
            var school = byId[entry.Key.School];
            var count = Count(school, entry.Key.Subject, (double)entry.RequiredFte, random);
            slots.AddRange(Enumerable.Repeat(new Slot(school, entry.Key.Stage, entry.Key.Subject), count));
        }
        return slots;
    }

    /// <summary>
    /// Adds or removes posts until there are exactly <paramref name="target"/>: added ones are core-subject
    /// surplus at urban and town schools, removed ones come from the largest groups of one key.
    /// </summary>
    public static List<Slot> Fit(List<Slot> slots, int target, Random random)
    {
        var result = slots.ToList();
        var urban = result.Where(s => s.School.Area != Area.Rural && !Codes.ShortageSubjects.Contains(s.Subject)).ToList();
        while (result.Count < target)
        {
            result.Add(urban.Count > 0 ? urban[random.Next(urban.Count)] : result[random.Next(result.Count)]);
        }
        if (result.Count > target)
        {
            var drop = result
                .Select((slot, index) => (slot, index))
                .GroupBy(x => x.slot)
                .Where(g => g.Count() > 1)
                .SelectMany(g => g.Skip(1))
                .OrderBy(_ => random.Next())
                .Take(result.Count - target)
                .Select(x => x.index)
                .ToHashSet();
            result = result.Where((_, index) => !drop.Contains(index)).ToList();
        }
        return result.Take(target).ToList();
    }

    private static int Count(School school, Subject subject, double fte, Random random)
    {
        var shortage = Codes.ShortageSubjects.Contains(subject);
        return (school.Area, shortage, subject) switch
        {
            (_, _, Subject.SPED) => school.Area == Area.Urban ? 1 : 0,
            (Area.Rural, true, _) => (int)Math.Floor(fte * random.NextDouble() * 0.6),
            (Area.Rural, false, Subject.CHN or Subject.MATH) => Math.Max(1, (int)Math.Round(fte)),
            (Area.Rural, false, _) => (int)Math.Round(fte),
            (Area.Urban, true, _) => (int)Math.Ceiling(fte * 1.25) + random.Next(2),
            (Area.Town, true, _) => (int)Math.Round(fte * 0.8),
            (Area.Urban, false, _) => (int)Math.Ceiling(fte * 1.1) + (random.NextDouble() < 0.4 ? 1 : 0),
            _ => (int)Math.Ceiling(fte) + (random.NextDouble() < 0.35 ? 1 : 0),
        };
    }
}
