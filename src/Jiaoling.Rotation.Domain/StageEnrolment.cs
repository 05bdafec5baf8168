namespace Jiaoling.Rotation.Domain;

/// <summary>Students and classes of one stage at one school.</summary>
public readonly record struct StageEnrolment(int Students, int Classes)
{
    public static readonly StageEnrolment Empty = new(0, 0);
}
