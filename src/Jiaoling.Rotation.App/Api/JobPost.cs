namespace Jiaoling.Rotation.App.Api;

/// <summary>The body of POST /api/jobs: the dataset to plan and optional solver settings (seconds, workers, seed).</summary>
public sealed record JobPost(string Dataset, string? County, double? TimeLimitSeconds, int? Workers, int? Seed);
