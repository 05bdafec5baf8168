using Npgsql;

namespace Jiaoling.Rotation.Data.Store.Review;

/// <summary>Reads the rows a command returns through a row reader.</summary>
internal static class Rows
{
    public static async Task<List<T>> ListAsync<T>(NpgsqlCommand cmd, Func<NpgsqlDataReader, T> read, CancellationToken ct)
    {
        await using var r = await cmd.ExecuteReaderAsync(ct);
        var list = new List<T>();
        while (await r.ReadAsync(ct))
        {
            list.Add(read(r));
        }
        return list;
    }

    /// <summary>The first row, or null when there is none.</summary>
    public static async Task<T?> FirstAsync<T>(NpgsqlCommand cmd, Func<NpgsqlDataReader, T> read, CancellationToken ct) where T : class
    {
        await using var r = await cmd.ExecuteReaderAsync(ct);
        return await r.ReadAsync(ct) ? read(r) : null;
    }
}
