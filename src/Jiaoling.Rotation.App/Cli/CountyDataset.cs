namespace Jiaoling.Rotation.App.Cli;

/// <summary>One county's stored dataset, written <c>县代码/名称</c> on the command line (a bare name is the default county's).</summary>
public sealed record CountyDataset(string County, string Name)
{
    public static CountyDataset Parse(string text, string defaultCounty)
    {
        var slash = text.IndexOf('/');
        return slash < 0 ? new(defaultCounty, text.Trim()) : new(text[..slash].Trim(), text[(slash + 1)..].Trim());
    }

    public override string ToString() => $"{County}/{Name}";
}
