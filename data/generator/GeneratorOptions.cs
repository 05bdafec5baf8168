namespace Jiaoling.Rotation.Generator;

/// <summary>
/// What to generate: about how many teachers (principals included; the count is met exactly), the
/// random seed (the same seed gives the same files), and whether to write demand.csv.
/// </summary>
public sealed record GeneratorOptions(int Teachers, int Seed, bool IncludeDemand = true)
{
    /// <summary>The smallest county the generator builds: every town needs a few schools.</summary>
    public const int MinTeachers = 200;

    /// <summary>Teachers of the committed sample county.</summary>
    public const int SampleTeachers = 1800;

    /// <summary>Seed of the committed sample county.</summary>
    public const int SampleSeed = 2027;

    /// <summary>Teachers a county of one "unit" of schools per town has; larger counties repeat the unit.</summary>
    public const int TeachersPerUnit = 1800;
}
