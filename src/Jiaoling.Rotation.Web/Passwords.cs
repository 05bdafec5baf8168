using System.Security.Cryptography;
using System.Text;
using Jiaoling.Rotation.Data.Store.Review;
using PasswordHasher = Microsoft.AspNetCore.Identity.PasswordHasher<Jiaoling.Rotation.Data.Store.Review.Account>;
using PasswordVerificationResult = Microsoft.AspNetCore.Identity.PasswordVerificationResult;

namespace Jiaoling.Rotation.Web;

/// <summary>
/// Portal passwords: generated at random for a new account and at HR's reset, then changed by the user to
/// one of their own if they like (<see cref="Problem"/> says what such a password must be); never stored in
/// clear, hashed with ASP.NET Core's <c>PasswordHasher</c>, and a stamp of the hash that ties a session to the
/// password it began with.
/// </summary>
public static class Passwords
{
    public const int Length = 14;

    /// <summary>The shortest password a user may choose: as long as the generated ones are, less a little.</summary>
    public const int MinChosenLength = 10;

    public const int MaxChosenLength = 128;

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

    /// <summary>
    /// Why a password the user chose for the own account cannot be taken (in Chinese, for the form), or null:
    /// the two entries must match, be 10 to 128 characters, differ from the current password, not contain the
    /// login name, and not be one character repeated.
    /// </summary>
    public static string? Problem(string login, string current, string chosen, string repeated) => chosen switch
    {
        _ when chosen != repeated => "两次输入的新密码不一致。",
        _ when chosen.Length < MinChosenLength || chosen.Length > MaxChosenLength =>
            $"新密码须为 {MinChosenLength}–{MaxChosenLength} 个字符。",
        _ when chosen == current => "新密码不能与当前密码相同。",
        _ when login.Length > 0 && chosen.Contains(login, StringComparison.OrdinalIgnoreCase) => "新密码不能包含账号名。",
        _ when chosen.Distinct().Count() < 4 => "新密码过于简单（至少要有 4 个不同的字符）。",
        _ => null,
    };

    /// <summary>A short digest of the stored hash: it changes when the password is reset, which ends older sessions.</summary>
    public static string Stamp(Account account) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(account.PasswordHash ?? "")))[..16];

    private static (Account, string) MakeDummy()
    {
        var account = new Account("", "", "", "", null, null, 0, null);
        return (account, Hasher.HashPassword(account, Generate()));
    }
}
