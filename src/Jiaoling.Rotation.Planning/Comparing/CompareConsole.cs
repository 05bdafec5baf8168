using Jiaoling.Rotation.Planning.Terminal;

namespace Jiaoling.Rotation.Planning.Comparing;

/// <summary>
/// The comparison as the console prints it: which plan is which, the row differences with the first rows of
/// each kind, and the figures in aligned columns with the better plan named.
/// </summary>
public static class CompareConsole
{
    /// <summary>How many rows of each kind of difference the console lists; compare.html lists them all.</summary>
    public const int RowsShown = 10;

    public static IEnumerable<string> Lines(PlanComparison c)
    {
        yield return $"方案 A：{c.PlanA}（{c.RowsA} 条安排）；方案 B：{c.PlanB}（{c.RowsB} 条安排）。";
        yield return $"逐行差异（B 相对于 A）：{c.DiffWords}。";
        foreach (var line in Listed("新增", c.Added.Select(r => r.ToString()))
                     .Concat(Listed("删除", c.Removed.Select(r => r.ToString())))
                     .Concat(Listed("变更", c.Changed.Select(t =>
                         $"{t.TeacherId} {t.Name}：A {string.Join("；", t.InA.Select(Where))} → B {string.Join("；", t.InB.Select(Where))}"))))
        {
            yield return line;
        }
        var width = c.Figures.Max(f => Width(f.Label)) + 2;
        var column = Math.Max(12, c.Figures.Max(f => Math.Max(Width(f.A), Width(f.B))) + 2);
        yield return Pad("项目", width) + Pad("方案 A", column) + Pad("方案 B", column) + "较好";
        foreach (var f in c.Figures)
        {
            yield return (Pad(f.Label, width) + Pad(f.A, column) + Pad(f.B, column) + f.Better.ToUpperInvariant()).TrimEnd();
        }
    }

    private static IEnumerable<string> Listed(string kind, IEnumerable<string> rows)
    {
        var all = rows.ToList();
        foreach (var row in all.Take(RowsShown))
        {
            yield return $"  {kind} {row}";
        }
        if (all.Count > RowsShown)
        {
            yield return $"  {kind}另有 {all.Count - RowsShown} 条，见 compare.html";
        }
    }

    private static string Where(ComparedRow r) => $"{r.Kind} {r.To} {r.Subject}".TrimEnd();

    private static int Width(string text) => text.Sum(TerminalText.Columns);

    private static string Pad(string text, int columns) => text + new string(' ', Math.Max(1, columns - Width(text)));
}
