using Jiaoling.Rotation.Data.Store.Review;
using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Web;

/// <summary>
/// Creates one HR account and one principal account per school that is not a teaching point (teaching
/// points are reviewed by their central school), each with a fresh random password.
/// </summary>
public static class DemoAccounts
{
    /// <summary>A created (or already existing, then without password) account.</summary>
    public sealed record Created(string Login, string? Password, string Role, string? SchoolId, string DisplayName);

    public static async Task<IReadOnlyList<Created>> CreateAsync(AccountStore store, string county, Dataset dataset, string actor,
        CancellationToken ct)
    {
        var wanted = new List<(string Login, string Role, string? School, string Name)> { ("hr", "hr", null, "人事股") };
        wanted.AddRange(dataset.Schools.Where(s => s.ParentSchoolId is null)
            .Select(s => ($"p-{s.Id.Value.ToLowerInvariant()}", "principal", (string?)s.Id.Value, $"{s.Name}校长")));
        var created = new List<Created>();
        foreach (var (login, role, school, name) in wanted)
        {
            var password = Passwords.Generate();
            var account = Passwords.WithPassword(new Account(county, login, name, role, school, null, 0, null), password);
            var isNew = await store.CreateAsync(account, actor, ct, onePerSchool: true);
            created.Add(new Created(login, isNew ? password : null, role, school, name));
        }
        return created;
    }
}
