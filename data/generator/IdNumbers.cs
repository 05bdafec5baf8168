using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Generator;

/// <summary>
/// Synthetic 18-digit resident id numbers (身份证号): region 441427 (蕉岭县), the birth date, a sequence
/// from 900 upward whose last digit is odd for men and even for women, and the ISO 7064 MOD 11-2 check
/// character. They are random, belong to nobody, and only look well-formed so an importer accepts them.
/// </summary>
internal static class IdNumbers
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckChars = "10X98765432";

    public static string Make(Random random, DateOnly birth, Gender gender)
    {
        var sequence = 900 + random.Next(50) * 2 + (gender == Gender.Male ? 1 : 0);
        var body = $"441427{birth:yyyyMMdd}{sequence:000}";
        var sum = body.Select((c, i) => (c - '0') * Weights[i]).Sum();
        return body + CheckChars[sum % 11];
    }
}
