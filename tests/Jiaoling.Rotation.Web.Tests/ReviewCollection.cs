namespace Jiaoling.Rotation.Tests.Review;

[CollectionDefinition(Name)]
public sealed class ReviewCollection : ICollectionFixture<ReviewSeed>
{
    public const string Name = "review";
}
