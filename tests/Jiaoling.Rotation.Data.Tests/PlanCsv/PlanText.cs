using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Data.Tests.PlanCsv;

/// <summary>Plan rows for the plan.csv tests, plan.csv as text, and a temp folder to read it back from.</summary>
internal sealed class PlanText : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("jiaoling-plan-").FullName;

    /// <summary>A row from S001 to S006 for the 2027–2030 term.</summary>
    public static Assignment Row(string teacher, AssignmentKind kind, Subject? subject, decimal share, string reason,
        string name = "李丽") => new()
    {
        TeacherId = new TeacherId(teacher), TeacherName = name, Kind = kind, From = new SchoolId("S001"),
        To = new SchoolId("S006"), Stage = Stage.Primary, Subject = subject, Share = share,
        StartDate = new DateOnly(2027, 9, 1), EndDate = new DateOnly(2030, 9, 1), Reason = reason,
    };

    public static string Write(Plan plan)
    {
        using var writer = new StringWriter();
        Csv.PlanCsv.Write(plan, writer);
        return writer.ToString();
    }

    /// <summary>Where <see cref="Save"/> writes plan.csv.</summary>
    public string PlanPath => Path.Combine(_folder, "plan.csv");

    /// <summary>Saves the text as plan.csv in the temp folder and returns its path.</summary>
    public string Save(string text)
    {
        File.WriteAllText(PlanPath, text);
        return PlanPath;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
