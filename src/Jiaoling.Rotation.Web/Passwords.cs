using System.Security.Cryptography;
using System.Text;
using Jiaoling.Rotation.Data.Store.Review;
using PasswordHasher = Microsoft.AspNetCore.Identity.PasswordHasher<Jiaoling.Rotation.Data.Store.Review.Account>;
using PasswordVerificationResult = Microsoft.AspNetCore.Identity.PasswordVerificationResult;

namespace Jiaoling.Rotation.Web;

/// <summary>
/// Portal passwords: generated at random (never chosen by a person, never stored in clear), hashed with
/// ASP.NET Core's <c>PasswordHasher</c>, and a stamp of the hash that ties a session to the password it began with.
/// </summary>
public static class Passwords
{
    public const int Length = 14;

    // No 0/O, 1/l/I: the password is read off a screen or a sheet of paper and typed on a phone.
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private static readonly PasswordHasher Hasher = new();

    /// <summary>An account no one has, with the hash of a password no one knows, made like every other hash.</summary>
    private static readonly (Account Account, string Hash) Dummy = MakeDummy();

    public static string Generate() => RandomNumberGenerator.GetString(Alphabet, Length);

    /// <summary>The account with its password hash set to the given password's.</summary>
    public static Account WithPassword(Account account, string password) =>
        account with { PasswordHash = Hasher.HashPassword(account, password) };

    /// <summary>
    /// Whether the password is the account's. Without an account (or a hash) the password is checked against
    /// a hash of a random one, so an unknown login takes as long to refuse as a known one.
    /// </summary>
    public static bool Verify(Account? account, string password)
    {
        var hash = account?.PasswordHash;
        var matches = Hasher.VerifyHashedPassword(account ?? Dummy.Account, hash ?? Dummy.Hash, password) != PasswordVerificationResult.Failed;
        return hash is not null && matches;
    }

    /// <summary>A short digest of the stored hash: it changes when the password is reset, which ends older sessions.</summary>
    public static string Stamp(Account account) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(account.PasswordHash ?? "")))[..16];

    private static (Account, string) MakeDummy()
    {
        var account = new Account("", "", "", "", null, null, 0, null);
        return (account, Hasher.HashPassword(account, Generate()));
    }
}
