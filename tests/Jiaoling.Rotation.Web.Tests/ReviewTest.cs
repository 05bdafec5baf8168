namespace Jiaoling.Rotation.Tests.Review;

/// <summary>A review test: its own copy of the seeded site, served before the test and removed after it.</summary>
public abstract class ReviewTest(ReviewSeed seed) : IAsyncLifetime
{
    protected ReviewSite Site { get; private set; } = null!;

    public async Task InitializeAsync() => Site = await seed.StartSiteAsync();

    public async Task DisposeAsync() => await Site.DisposeAsync();
}
