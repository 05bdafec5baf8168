using System.Security.Cryptography;
using Jiaoling.Rotation.Data.Store.Review;
using Jiaoling.Rotation.Domain;
using PasswordHasher = Microsoft.AspNetCore.Identity.PasswordHasher<Jiaoling.Rotation.Data.Store.Review.Account>;

namespace Jiaoling.Rotation.App.Review;

/// <summary>
/// Creates one HR account and one principal account per school that is not a teaching point (teaching
/// points are reviewed by their central school), each with a fresh random password.
/// </summary>
public static class DemoAccounts
{
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /// <summary>A created (or already existing, then without password) account.</summary>
    public sealed record Created(string Login, string? Password, string Role, string? SchoolId, string DisplayName);

    public static async Task<IReadOnlyList<Created>> CreateAsync(AccountStore store, string county, Dataset dataset, string actor,
        CancellationToken ct)
    {
        var wanted = new List<(string Login, string Role, string? School, string Name)> { ("hr", "hr", null, "人事股") };
        wanted.AddRange(dataset.Schools.Where(s => s.ParentSchoolId is null)
            .Select(s => ($"p-{s.Id.Value.ToLowerInvariant()}", "principal", (string?)s.Id.Value, $"{s.Name}校长")));
        var hasher = new PasswordHasher();
        var created = new List<Created>();
        foreach (var (login, role, school, name) in wanted)
        {
            var password = RandomNumberGenerator.GetString(Alphabet, 14);
            var account = new Account(county, login, name, role, school, null, 0, null);
            var isNew = await store.CreateAsync(account with { PasswordHash = hasher.HashPassword(account, password) }, actor, ct);
            created.Add(new Created(login, isNew ? password : null, role, school, name));
        }
        return created;
    }
}
