namespace Jiaoling.Rotation.Domain;

/// <summary>A school's code (学校代码) as the county assigns it.</summary>
public readonly record struct SchoolId(string Value) : IComparable<SchoolId>
{
    public int CompareTo(SchoolId other) => string.CompareOrdinal(Value, other.Value);

    public override string ToString() => Value;
}
