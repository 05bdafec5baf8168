namespace Jiaoling.Rotation.Solver.Model;

/// <summary>
/// How many nearest schools a pool is offered per subject: for filling a gap, and for a like-for-like
/// swap. Unless the options fix them, they shrink as the county grows (measured: at 20 000 teachers the
/// full neighbourhoods give 400 000 candidate moves, which CP-SAT cannot presolve within two minutes),
/// from 12 and 6 up to about 3 000 teachers down to 3 and 2. And how many nearest pools able to spare a
/// teacher each whole-post shortage gap is offered (<c>RotationModel.Fillers.cs</c>), 4 at every size.
/// </summary>
internal sealed record NeighbourCounts(int Gap, int Swap, int Fillers)
{
    private const int FullUpTo = 3000;

    public static NeighbourCounts For(SolverOptions options, int teachers)
    {
        var scale = Math.Min(1.0, (double)FullUpTo / Math.Max(1, teachers));
        return new NeighbourCounts(
            options.GapNeighbours ?? Math.Max(3, (int)Math.Round(12 * scale)),
            options.SwapNeighbours ?? Math.Max(2, (int)Math.Round(6 * scale)),
            Fillers: 4);
    }
}
