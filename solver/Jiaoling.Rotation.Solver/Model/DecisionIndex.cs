using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Solver.Model;

/// <summary>The review decisions by teacher: the school each must go to, the schools forbidden, who stays.</summary>
internal sealed class DecisionIndex(IReadOnlyList<Decision> decisions)
{
    private readonly Dictionary<TeacherId, SchoolId> _required = decisions
        .Where(d => d is { Kind: DecisionKind.Require, School: not null })
        .GroupBy(d => d.Teacher).ToDictionary(g => g.Key, g => g.First().School!.Value);

    private readonly HashSet<(TeacherId, SchoolId)> _forbidden = decisions
        .Where(d => d is { Kind: DecisionKind.Forbid, School: not null })
        .Select(d => (d.Teacher, d.School!.Value)).ToHashSet();

    private readonly HashSet<TeacherId> _stays = decisions
        .Where(d => d.Kind == DecisionKind.Stay).Select(d => d.Teacher).ToHashSet();

    public IReadOnlyDictionary<TeacherId, SchoolId> Required => _required;

    /// <summary>Whether a decision keeps the teacher where the teacher is (no row at all).</summary>
    public bool Stays(TeacherId teacher) => _stays.Contains(teacher);

    /// <summary>Whether a decision rules out any row of the teacher to the school (a stay rules out all).</summary>
    public bool Forbids(TeacherId teacher, SchoolId school) => _stays.Contains(teacher) || _forbidden.Contains((teacher, school));

    public SchoolId? RequiredSchool(TeacherId teacher) => _required.TryGetValue(teacher, out var s) ? s : null;
}
