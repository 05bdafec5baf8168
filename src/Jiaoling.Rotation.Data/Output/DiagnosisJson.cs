using System.Text.Json;
using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Domain.Metrics;

namespace Jiaoling.Rotation.Data.Output;

/// <summary>
/// diagnosis.json: the before half of metrics.json (<c>rotation.eligible</c>, <c>shortage_fte.before</c>,
/// <c>indicators.&lt;stage&gt;.&lt;name&gt;.before</c>) with what HR reads beside it — eligibility by reason
/// and the heads to rotate, shortage by subject, CVs against the standard, the per-school indicator
/// table, unmet demand per school, oversize classes and schools. Numbers are unrounded.
/// </summary>
public static class DiagnosisJson
{
    public static void Write(string path, Diagnosis diagnosis) => File.WriteAllText(path, ToJson(diagnosis));

    public static string ToJson(Diagnosis d) => JsonOutput.Document(w =>
    {
        w.WriteStartObject();
        w.WriteStartObject("rotation");
        w.WriteNumber("eligible", d.Before.Rotation.Eligible);
        w.WriteEndObject();
        w.WriteStartObject("shortage_fte");
        w.WriteNumber("before", d.Before.ShortageFte);
        w.WriteEndObject();
        JsonOutput.Standards(w, d.Before);
        JsonOutput.Indicators(w, ("before", d.Before));
        w.WriteBoolean("demand_derived", d.County.DemandDerived);
        Eligibility(w, d);
        w.WriteStartObject("shortage_fte_by_subject");
        foreach (var (subject, fte) in d.Before.ShortageFteBySubject)
        {
            w.WriteNumber(Codes.Subject.Code(subject), fte);
        }
        w.WriteEndObject();
        CvChecks(w, d.CvChecks);
        DiagnosisTables.Schools(w, d);
        DiagnosisTables.Unmet(w, d);
        DiagnosisTables.Oversize(w, d);
        DiagnosisTables.Staffing(w, d);
        w.WriteEndObject();
    });

    private static void Eligibility(Utf8JsonWriter w, Diagnosis d)
    {
        w.WriteStartObject("eligibility");
        w.WriteNumber("teachers", d.County.Dataset.Teachers.Count);
        w.WriteNumber("eligible", d.Before.Rotation.Eligible);
        w.WriteStartObject("targets");
        w.WriteNumber("rotated", d.RotatedTarget);
        w.WriteNumber("backbone", d.BackboneTarget);
        w.WriteEndObject();
        w.WriteStartArray("by_reason");
        foreach (var (reason, count) in d.ByReason)
        {
            w.WriteStartObject();
            w.WriteString("reason", IneligibilityLabels.Table.Code(reason));
            w.WriteString("label", IneligibilityLabels.Table.Label(reason));
            w.WriteNumber("count", count);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void CvChecks(Utf8JsonWriter w, IEnumerable<CvCheck> checks)
    {
        w.WriteStartArray("cv_checks");
        foreach (var c in checks)
        {
            w.WriteStartObject();
            w.WriteString("stage", Codes.Stage.Code(c.Stage));
            w.WriteString("indicator", JsonOutput.Key(c.Indicator));
            JsonOutput.Number(w, "cv", c.Cv);
            w.WriteNumber("threshold", c.Threshold);
            if (c.Pass is { } pass)
            {
                w.WriteBoolean("pass", pass);
            }
            else
            {
                w.WriteNull("pass");
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }
}
