using Google.OrTools.Sat;
using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Solver.Model;

/// <summary>The moves of one individual, as literals the per-teacher rules (couples, decisions) constrain.</summary>
internal sealed partial class RotationModel
{
    private ILookup<int, TransferOption>? _transfersByPool;
    private ILookup<int, PrincipalOption>? _principalByPool;

    public IReadOnlyList<(SchoolId School, BoolVar Lit, AssignmentKind Kind)> MovesOf(TeacherPool individual)
    {
        _transfersByPool ??= Transfers.ToLookup(o => o.Pool.Index);
        _principalByPool ??= PrincipalMoves.ToLookup(o => o.Pool.Index);
        return _transfersByPool[individual.Index]
            .Select(o => (o.To.Id, (BoolVar)o.Count, AssignmentKind.Transfer))
            .Concat(_principalByPool[individual.Index].Select(o => (o.To.Id, o.Used, AssignmentKind.Principal)))
            .ToList();
    }
}
