namespace Jiaoling.Rotation.Planning.Rollover;

/// <summary>
/// What <c>rollover</c> is asked: in a county, build dataset <see cref="NewName"/> from the latest version of
/// <see cref="Name"/> and its final plan, starting on <see cref="PlanStart"/>; also write it as a dataset folder
/// to <see cref="OutFolder"/> when given.
/// </summary>
public sealed record RolloverRequest(string County, string Name, string NewName, DateOnly PlanStart, string? OutFolder, string Actor);
