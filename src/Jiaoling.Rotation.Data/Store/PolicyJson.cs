using System.Text.Json;
using System.Text.Json.Serialization;
using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Data.Store;

/// <summary>
/// The policy of a dataset version as stored (jsonb): the whole <see cref="Policy"/> record with its
/// objective weights and demand norms, so a version plans exactly as it did when imported.
/// </summary>
public static class PolicyJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Serialize(Policy policy) => JsonSerializer.Serialize(policy, Options);

    public static Policy Deserialize(string json) =>
        JsonSerializer.Deserialize<Policy>(json, Options)
        ?? throw new StoreException("数据库中的政策参数为空：该版本已损坏。");
}
