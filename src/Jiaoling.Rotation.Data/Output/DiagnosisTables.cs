using System.Text.Json;
using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Domain.Metrics;

namespace Jiaoling.Rotation.Data.Output;

/// <summary>
/// The per-school arrays of diagnosis.json: indicators and the minimums met, unmet demand, oversize classes
/// and schools, staffing against the norm and the resource teachers of item 10.
/// </summary>
internal static class DiagnosisTables
{
    public static void Schools(Utf8JsonWriter w, Diagnosis d)
    {
        w.WriteStartArray("schools");
        foreach (var stage in CountyMetrics.Stages)
        {
            foreach (var row in d.Before.Indicators[stage].Schools)
            {
                w.WriteStartObject();
                School(w, d.County.Schools[row.School]);
                w.WriteString("stage", Codes.Stage.Code(stage));
                w.WriteNumber("students", row.Students);
                w.WriteNumber("classes", row.Classes);
                w.WriteNumber("teachers", row.Teachers);
                w.WriteNumber("qualified", row.Qualified);
                w.WriteNumber("backbone", row.Backbone);
                w.WriteNumber("pe_art", row.PeArt);
                foreach (var indicator in StageIndicators.All)
                {
                    w.WriteNumber(JsonOutput.Key(indicator), row.Per100(indicator));
                }
                w.WriteStartObject("meets_standard");
                foreach (var indicator in StageIndicators.All)
                {
                    w.WriteBoolean(JsonOutput.Key(indicator), StageStandards.Meets(d.County.Policy, row, indicator));
                }
                w.WriteEndObject();
                w.WriteEndObject();
            }
        }
        w.WriteEndArray();
    }

    public static void Unmet(Utf8JsonWriter w, Diagnosis d)
    {
        w.WriteStartArray("unmet_demand");
        foreach (var u in d.Unmet)
        {
            w.WriteStartObject();
            School(w, d.County.Schools[u.Key.School]);
            w.WriteString("stage", Codes.Stage.Code(u.Key.Stage));
            w.WriteString("subject", Codes.Subject.Code(u.Key.Subject));
            w.WriteString("subject_label", Codes.Subject.Label(u.Key.Subject));
            w.WriteNumber("required_fte", u.Required);
            w.WriteNumber("supply_fte", u.Supplied);
            w.WriteNumber("unmet_fte", u.Unmet);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    public static void Oversize(Utf8JsonWriter w, Diagnosis d)
    {
        w.WriteStartArray("oversize_classes");
        foreach (var o in d.OversizeClasses)
        {
            w.WriteStartObject();
            School(w, o.School);
            w.WriteString("stage", Codes.Stage.Code(o.Stage));
            w.WriteNumber("students", o.Students);
            w.WriteNumber("classes", o.Classes);
            w.WriteNumber("average_class_size", o.AverageClassSize);
            w.WriteNumber("limit", o.Limit);
            w.WriteString("label", o.Label);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("oversize_schools");
        foreach (var o in d.OversizeSchools)
        {
            w.WriteStartObject();
            School(w, o.School);
            w.WriteString("level", Codes.Level.Code(o.School.Level));
            w.WriteNumber("students", o.Students);
            w.WriteNumber("limit", o.Limit);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    public static void Staffing(Utf8JsonWriter w, Diagnosis d)
    {
        w.WriteStartArray("staffing");
        foreach (var s in d.Staffing)
        {
            w.WriteStartObject();
            School(w, s.School);
            w.WriteNumber("teachers", s.Teachers);
            w.WriteNumber("norm_posts", s.NormPosts);
            w.WriteNumber("difference", s.Difference);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("resource_teachers");
        foreach (var r in d.ResourceTeachers)
        {
            w.WriteStartObject();
            School(w, r.School);
            w.WriteNumber("special_needs_students", r.SpecialNeedsStudents);
            w.WriteNumber("sped_fte", r.Supplied);
            w.WriteBoolean("compliant", r.Compliant);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void School(Utf8JsonWriter w, School school)
    {
        w.WriteString("school_id", school.Id.Value);
        w.WriteString("name", school.Name);
        w.WriteString("town", school.Town);
        w.WriteString("area", Codes.Area.Code(school.Area));
    }
}
