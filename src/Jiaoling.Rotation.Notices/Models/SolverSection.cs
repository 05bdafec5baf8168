namespace Jiaoling.Rotation.Notices.Models;

/// <summary>How the solver did: the overall status and seconds, each level in one sentence, and each level's figures.</summary>
public sealed record SolverSection(string Status, string Seconds, IReadOnlyList<string> Words, IReadOnlyList<SolverLevelRow> Levels);
