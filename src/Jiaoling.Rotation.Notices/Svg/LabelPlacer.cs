namespace Jiaoling.Rotation.Notices.Svg;

/// <summary>
/// Places labels so that no two overlap: each label takes the first of its candidate positions that is
/// inside the frame and clear of every label placed before it and of the marks it must not hide.
/// </summary>
internal sealed class LabelPlacer(Box frame)
{
    private readonly List<Box> _labels = [];
    private readonly List<Box> _marks = [];

    /// <summary>Something a label should not cover (a school's mark, a point of an arrow) but may if nothing else fits.</summary>
    public void Avoid(Box mark) => _marks.Add(mark);

    /// <summary>Something no label may cover (a town's box drawn before the labels).</summary>
    public void Reserve(Box box) => _labels.Add(box);

    /// <summary>
    /// The first candidate clear of labels and marks, else the first clear of labels; null when every
    /// candidate would overlap a label (the caller then leaves the label out or tries further away).
    /// </summary>
    public Box? Place(IEnumerable<Box> candidates)
    {
        var inside = candidates.Where(c => c.Inside(frame)).ToList();
        var clear = inside.Where(c => !_labels.Any(c.Intersects)).ToList();
        if (clear.Count == 0)
        {
            return null;
        }
        var chosen = clear.FirstOrDefault(c => !_marks.Any(c.Intersects), clear[0]);
        _labels.Add(chosen);
        return chosen;
    }

    /// <summary>Candidates around a point at growing distances: right, left, below, above, then the diagonals.</summary>
    public static IEnumerable<Box> Around(double x, double y, double w, double h, double gap)
    {
        for (var ring = 1; ring <= 4; ring++)
        {
            var d = gap * ring;
            yield return new Box(x + d, y - h / 2, w, h);
            yield return new Box(x - d - w, y - h / 2, w, h);
            yield return new Box(x - w / 2, y + d, w, h);
            yield return new Box(x - w / 2, y - d - h, w, h);
            yield return new Box(x + d * 0.7, y + d * 0.7, w, h);
            yield return new Box(x + d * 0.7, y - d * 0.7 - h, w, h);
            yield return new Box(x - d * 0.7 - w, y + d * 0.7, w, h);
            yield return new Box(x - d * 0.7 - w, y - d * 0.7 - h, w, h);
        }
    }
}
