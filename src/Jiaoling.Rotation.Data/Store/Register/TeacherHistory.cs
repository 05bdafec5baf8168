namespace Jiaoling.Rotation.Data.Store.Register;

/// <summary>
/// A teacher's history as the store knows it: the schools worked at, version by version since the first import
/// (consecutive versions with the same school, post school and role folded into one stint), and every register entry.
/// </summary>
public sealed record TeacherHistory(string TeacherId, string? Name, IReadOnlyList<Stint> Stints, IReadOnlyList<RegisterEntry> Entries)
{
    public bool IsEmpty => Stints.Count == 0 && Entries.Count == 0;

    public static TeacherHistory Of(string teacherId, IReadOnlyList<Posting> postings, IReadOnlyList<RegisterEntry> entries)
    {
        var stints = new List<Stint>();
        foreach (var posting in postings)
        {
            if (stints.Count > 0 && stints[^1].Last.SamePlace(posting))
            {
                stints[^1] = stints[^1] with { Last = posting };
            }
            else
            {
                stints.Add(new Stint(posting, posting));
            }
        }
        var name = postings.Count > 0 ? postings[^1].TeacherName : entries.LastOrDefault()?.TeacherName;
        return new TeacherHistory(teacherId, name, stints, entries);
    }
}
