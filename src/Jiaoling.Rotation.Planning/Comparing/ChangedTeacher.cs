namespace Jiaoling.Rotation.Planning.Comparing;

/// <summary>A teacher whose rows differ between the plans: the rows only in plan A and the rows only in plan B.</summary>
public sealed record ChangedTeacher(string TeacherId, string Name, IReadOnlyList<ComparedRow> InA, IReadOnlyList<ComparedRow> InB);
