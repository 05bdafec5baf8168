namespace Jiaoling.Rotation.Tests.Review;

[CollectionDefinition(Name)]
public sealed class ReviewCollection : ICollectionFixture<ReviewSite>
{
    public const string Name = "review";
}
