using System.Text.RegularExpressions;
using Jiaoling.Rotation.Domain.Metrics;
using Jiaoling.Rotation.Tests;

namespace Jiaoling.Rotation.Domain.Tests.Metrics;

public sealed partial class ToleranceTests
{
    [Fact]
    public void A_cv_within_the_tolerance_above_its_largest_passes_and_one_beyond_it_does_not()
    {
        Assert.True(CvCheck.Passes(0.45 + (Tolerance.Figure / 2), 0.45));
        Assert.False(CvCheck.Passes(0.45 + (Tolerance.Figure * 10), 0.45));
        Assert.Null(CvCheck.Passes(null, 0.45));
        Assert.True(new CvCheck(Stage.Junior, Indicator.BackbonePer100, 0.45 + (Tolerance.Figure / 2), 0.45).Pass);
    }

    [Fact]
    public void Each_tolerance_is_declared_once_and_every_comparison_names_it()
    {
        var declared = Path.Combine("src", "Jiaoling.Rotation.Domain", "Tolerance.cs");
        var literals = (
            from root in new[] { RepoPaths.Combine("src"), RepoPaths.Combine("solver") }
            from file in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            let relative = Path.GetRelativePath(RepoPaths.Root, file)
            where relative != declared && !relative.Split(Path.DirectorySeparatorChar).Intersect(["bin", "obj"]).Any()
            from line in File.ReadLines(file).Select((text, i) => (Text: text.Trim(), Number: i + 1))
            where !line.Text.StartsWith("//", StringComparison.Ordinal) && ToleranceLiteral().IsMatch(line.Text)
                  && !FloorAgainstZero().IsMatch(line.Text)
            select $"{relative}:{line.Number}: {line.Text}").ToList();

        Assert.True(literals.Count == 0, "Tolerances written out instead of named:\n" + string.Join('\n', literals));
    }

    [GeneratedRegex(@"\b(?:1e-6|1e-9|1E-6|1E-9|0\.000001m?|0\.000000001m?)\b", RegexOptions.None)]
    private static partial Regex ToleranceLiteral();

    /// <summary>A smallest length or span that keeps a division away from zero (the flow map's geometry) is no tolerance.</summary>
    [GeneratedRegex(@"Math\.Max\([^;]*\b1e-\d\)")]
    private static partial Regex FloorAgainstZero();
}
