using Npgsql;
using NpgsqlTypes;

namespace Jiaoling.Rotation.Data.Store;

/// <summary>Writes nullable values into a binary COPY, NULL for absent ones.</summary>
internal static class CopyWriter
{
    public static Task WriteOrNullAsync<T>(this NpgsqlBinaryImporter writer, T? value, NpgsqlDbType type, CancellationToken ct)
        where T : struct =>
        value is { } v ? writer.WriteAsync(v, type, ct) : writer.WriteNullAsync(ct);

    public static Task WriteOrNullAsync(this NpgsqlBinaryImporter writer, string? value, CancellationToken ct) =>
        value is null ? writer.WriteNullAsync(ct) : writer.WriteAsync(value, NpgsqlDbType.Text, ct);

    public static Task WriteTextAsync(this NpgsqlBinaryImporter writer, string value, CancellationToken ct) =>
        writer.WriteAsync(value, NpgsqlDbType.Text, ct);
}
