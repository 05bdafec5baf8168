namespace Jiaoling.Rotation.Tests.Store;

/// <summary>Tests that share the one PostgreSQL server of a test run (each in its own database).</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "postgres";
}
