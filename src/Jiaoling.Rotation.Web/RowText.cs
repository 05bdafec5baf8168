using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Web;

/// <summary>Chinese wording of plan rows, verdicts and decisions for the portal pages.</summary>
public static class RowText
{
    public static string Kind(AssignmentKind kind) => Codes.Kind.Label(kind);

    public static string Subject(Assignment a) => a.Kind == AssignmentKind.Principal ? "校长" : a.Subject is { } s ? Codes.Subject.Label(s) : "";

    public static string Verdict(string verdict) => verdict == "approve" ? "同意" : "异议";

    public static string Decision(string decision) => decision switch
    {
        "require" => "必须安排",
        "forbid" => "不得安排",
        "stay" => "留任原校",
        _ => decision,
    };

    public static string School(Dataset dataset, SchoolId id) =>
        dataset.Schools.FirstOrDefault(s => s.Id == id) is { } s ? $"{s.Name}（{id.Value}）" : id.Value;

    /// <summary>One line naming a row: who, what kind, from where to where, subject and share.</summary>
    public static string Describe(Dataset dataset, Assignment a) =>
        $"{a.TeacherName}（{a.TeacherId.Value}）{Kind(a.Kind)}：{School(dataset, a.From)} → {School(dataset, a.To)}，{Subject(a)}"
        + (a.Kind == AssignmentKind.Itinerant ? $"，{a.Share:0.0}" : "");
}
