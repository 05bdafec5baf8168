namespace Jiaoling.Rotation.Domain;

/// <summary>Date arithmetic as the contract defines it.</summary>
public static class DateMath
{
    /// <summary>Adds whole years keeping month and day; 29 February becomes 28 February in a common year.</summary>
    public static DateOnly AddYears(DateOnly date, int years) => date.AddYears(years);

    /// <summary>The largest n with <paramref name="start"/> + n years ≤ <paramref name="asOf"/>; 0 when the start is later.</summary>
    public static int WholeYears(DateOnly start, DateOnly asOf)
    {
        if (start > asOf)
        {
            return 0;
        }
        var years = asOf.Year - start.Year;
        while (years > 0 && AddYears(start, years) > asOf)
        {
            years--;
        }
        return years;
    }
}
