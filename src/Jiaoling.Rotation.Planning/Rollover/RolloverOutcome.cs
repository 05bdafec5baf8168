using Jiaoling.Rotation.Data.Import;
using Jiaoling.Rotation.Data.Store;
using Jiaoling.Rotation.Data.Store.Register;

namespace Jiaoling.Rotation.Planning.Rollover;

/// <summary>
/// What a rollover did: the dataset built and its counts, the problems found reading it back, and the stored
/// version — null when reading it back found errors, in which case nothing was stored or written.
/// </summary>
public sealed record RolloverOutcome(NextYearResult Next, ReadResult Read, DatasetVersion? Stored)
{
    /// <summary>The version rolled over from.</summary>
    public DatasetVersion? From { get; init; }

    /// <summary>The final plan rolled over from.</summary>
    public FinalPlan? Final { get; init; }

    /// <summary>The dataset's latest version when it is newer than <see cref="From"/> (its changes are not carried over).</summary>
    public DatasetVersion? Newer { get; init; }
}
