namespace Jiaoling.Rotation.Data.Store.Register;

/// <summary>
/// A stretch of a teacher's history at one school: the dataset versions from <see cref="First"/> to
/// <see cref="Last"/> all had the teacher there, with the same post school and role.
/// </summary>
public sealed record Stint(Posting First, Posting Last);
