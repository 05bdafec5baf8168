using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Solver.Model;

/// <summary>
/// The three teacher indicators of the 2017 balanced-education evaluation, as metrics.json counts them:
/// teachers above the required education, backbone teachers, and teachers teaching PE, music or art.
/// </summary>
internal static class Indicators
{
    public static readonly IReadOnlyList<string> Names = ["qualified", "backbone", "pe_art"];

    /// <summary>Above the required education: 小学 associate or higher, 初中 bachelor or higher.</summary>
    public static bool Qualified(Teacher t) =>
        t.Education >= (t.Stage == Stage.Primary ? Education.Associate : Education.Bachelor);

    /// <summary>Whether the teacher counts for the indicator when teaching <paramref name="subject"/>.</summary>
    public static bool Counts(string indicator, Teacher t, Subject subject) => indicator switch
    {
        "qualified" => Qualified(t),
        "backbone" => t.IsBackbone,
        _ => Codes.PeArtSubjects.Contains(subject),
    };
}
