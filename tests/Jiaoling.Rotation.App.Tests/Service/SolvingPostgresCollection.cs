using Jiaoling.Rotation.Tests.Store;

namespace Jiaoling.Rotation.Tests.Service;

/// <summary>
/// Database tests that plan for tens of seconds, on a throwaway PostgreSQL server of their own: a collection
/// runs its classes one after another, so with one server for all database tests these would wait for the rest.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SolvingPostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "postgres-solving";
}
