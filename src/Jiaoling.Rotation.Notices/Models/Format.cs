using System.Globalization;
using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Domain.Metrics;

namespace Jiaoling.Rotation.Notices.Models;

/// <summary>How the documents print dates, numbers and codes: Chinese dates and labels, fixed decimals.</summary>
internal static class Format
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Date(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";

    public static string Fte(decimal fte) => fte.ToString("0.0", Invariant);

    /// <summary>A share of a post: 0.4.</summary>
    public static string Share(decimal share) => share.ToString("0.0#", Invariant);

    /// <summary>Days a week an itinerant share means: share × 5 (a five-day school week).</summary>
    public static string DaysPerWeek(decimal share) => (share * 5).ToString("0.#", Invariant);

    public static string Number(double value, int decimals) => value.ToString("F" + decimals, Invariant);

    public static string Number(double? value, int decimals) => value is { } v ? Number(v, decimals) : "—";

    /// <summary>A per-100-students minimum as the policy gives it: 4.2, 1, 0.9.</summary>
    public static string Minimum(decimal minimum) => minimum.ToString("0.0##", Invariant);

    public static string Percent(double? fraction) => fraction is { } f ? (f * 100).ToString("0.0", Invariant) + "%" : "—";

    public static string Percent(decimal fraction) => Percent((double)fraction);

    /// <summary>The solver's status in words: 最优（已证明） or 可行（未证明最优）.</summary>
    public static string SolverStatus(string status) => status switch
    {
        SolverSummary.Optimal => "最优（已证明）",
        SolverSummary.Feasible => "可行（未证明最优）",
        _ => status,
    };

    public static string Subject(Subject? subject) => subject is { } s ? Codes.Subject.Label(s) : "";

    public static string Stage(Stage stage) => Codes.Stage.Label(stage);

    public static string Kind(AssignmentKind kind) => Codes.Kind.Label(kind);

    public static string KindCode(AssignmentKind kind) => Codes.Kind.Code(kind);

    /// <summary>The school's name, or its id when the plan names a school the county does not have.</summary>
    public static string SchoolName(County county, SchoolId id) =>
        county.Schools.TryGetValue(id, out var school) ? school.Name : id.Value;

    public static string Town(County county, SchoolId id) =>
        county.Schools.TryGetValue(id, out var school) ? school.Town : "";

    /// <summary>A name safe as a file name: characters a file system refuses become '_'.</summary>
    public static string FileName(string id)
    {
        var invalid = Path.GetInvalidFileNameChars();
        var safe = new string(id.Select(c => invalid.Contains(c) || c == '\\' ? '_' : c).ToArray());
        return safe is "" or "." or ".." ? "_" + safe : safe;
    }
}
