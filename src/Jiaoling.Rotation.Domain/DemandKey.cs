namespace Jiaoling.Rotation.Domain;

/// <summary>One school × stage × subject, the unit of demand and supply.</summary>
public readonly record struct DemandKey(SchoolId School, Stage Stage, Subject Subject)
{
    /// <summary>The key a teacher supplies before any move: home school, own stage, own subject.</summary>
    public static DemandKey HomeOf(Teacher t) => new(t.SchoolId, t.Stage, t.Subject);
}
