using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Planning;

/// <summary>
/// The one planning function the store-backed paths call (the worker and <c>plan --dataset</c>): validate,
/// solve and write the outputs of <c>plan --data</c> into the output folder, reporting progress.
/// The binding to the real pipeline is registered by the host that runs it.
/// </summary>
public interface IPlanExecutor
{
    /// <summary>
    /// Plans the dataset. Writes the output folder only when the exit code is 0, as the contract says, and
    /// prints nothing: the caller shows <see cref="PlanRunResult.Message"/>.
    /// Throws <see cref="OperationCanceledException"/> when <paramref name="ct"/> stops the run.
    /// </summary>
    Task<PlanRunResult> RunAsync(Dataset dataset, string outFolder, PlanSettings settings, IProgress<PlanProgress> progress,
        CancellationToken ct);
}
