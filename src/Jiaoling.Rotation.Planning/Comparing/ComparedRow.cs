namespace Jiaoling.Rotation.Planning.Comparing;

/// <summary>A plan row as the comparison lists it, in Chinese: teacher, kind, from and to school, subject, share.</summary>
public sealed record ComparedRow(string TeacherId, string Name, string Kind, string From, string To, string Subject, string Share)
{
    public override string ToString() => $"{TeacherId} {Name} {Kind} {From} → {To} {Subject}".TrimEnd();
}
