namespace Jiaoling.Rotation.Domain;

/// <summary>A teacher's staff number (工号).</summary>
public readonly record struct TeacherId(string Value) : IComparable<TeacherId>
{
    public int CompareTo(TeacherId other) => string.CompareOrdinal(Value, other.Value);

    public override string ToString() => Value;
}
