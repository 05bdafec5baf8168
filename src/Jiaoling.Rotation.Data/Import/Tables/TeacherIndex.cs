using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Data.Import.Tables;

/// <summary>The teachers read, and every id a row named (see <see cref="SchoolIndex"/> for why).</summary>
internal sealed record TeacherIndex(IReadOnlyList<Teacher> Teachers, IReadOnlySet<TeacherId> Known)
{
    public static readonly TeacherIndex Missing = new([], new HashSet<TeacherId>()) { Available = false };

    public bool Available { get; private init; } = true;

    public IReadOnlyDictionary<TeacherId, Teacher> ById { get; } = Teachers.ToDictionary(t => t.Id);
}
