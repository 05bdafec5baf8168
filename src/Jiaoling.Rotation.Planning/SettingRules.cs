namespace Jiaoling.Rotation.Planning;

/// <summary>Checks the validators of the hosts' settings share, each adding one Chinese sentence on failure.</summary>
public static class SettingRules
{
    public static void Positive(List<string> errors, TimeSpan value, string key)
    {
        if (value <= TimeSpan.Zero)
        {
            errors.Add($"{key} 必须大于 0，现为 {value}。");
        }
    }
}
