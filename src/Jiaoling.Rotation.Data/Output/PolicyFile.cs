using System.Text.Json;
using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Data.Output;

/// <summary>
/// A policy as policy.json with every key — the contract's, then the project's <c>objectives</c> and
/// <c>demand_norms</c> (docs/policy.md) — so that reading the file back gives the same policy.
/// </summary>
public static class PolicyFile
{
    public const string Name = "policy.json";

    private static readonly JsonSerializerOptions SnakeCase = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static string Json(Policy p) => JsonOutput.Document(w =>
    {
        w.WriteStartObject();
        w.WriteString("plan_start_date", p.PlanStartDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        w.WriteNumber("term_years", p.TermYears);
        w.WriteNumber("min_years_at_school", p.MinYearsAtSchool);
        w.WriteNumber("principal_max_years", p.PrincipalMaxYears);
        w.WriteNumber("retirement_age_male", p.RetirementAgeMale);
        w.WriteNumber("retirement_age_female", p.RetirementAgeFemale);
        w.WriteNumber("retirement_exemption_years", p.RetirementExemptionYears);
        w.WriteString("exchange_scope", Codes.Scope.Code(p.ExchangeScope));
        w.WriteNumber("min_exchange_ratio", p.MinExchangeRatio);
        w.WriteNumber("min_backbone_share", p.MinBackboneShare);
        w.WriteNumber("max_outflow_ratio", p.MaxOutflowRatio);
        w.WriteNumber("max_transfer_km", p.MaxTransferKm);
        w.WriteNumber("couple_max_km", p.CoupleMaxKm);
        w.WriteNumber("itinerant_max_km", p.ItinerantMaxKm);
        w.WriteBoolean("itinerant_same_group", p.ItinerantSameGroup);
        w.WriteNumber("itinerant_max_share", p.ItinerantMaxShare);
        w.WriteNumber("itinerant_max_schools", p.ItinerantMaxSchools);
        w.WriteString("issuer", p.Issuer);
        w.WriteString("doc_number_prefix", p.DocNumberPrefix);
        w.WriteNumber("doc_number", p.DocNumber);
        Optional(w, "notice_date", p.NoticeDate);
        Optional(w, "report_date", p.ReportDate);
        Optional(w, "publicity_start", p.PublicityStart);
        w.WriteNumber("publicity_days", p.PublicityDays);
        Optional(w, "contact_person", p.ContactPerson);
        Optional(w, "contact_phone", p.ContactPhone);
        Optional(w, "supervision_phone", p.SupervisionPhone);
        w.WriteBoolean("keep_standards", p.KeepStandards);
        w.WriteNumber("standard_qualified_primary", p.StandardQualifiedPrimary);
        w.WriteNumber("standard_qualified_junior", p.StandardQualifiedJunior);
        w.WriteNumber("standard_backbone", p.StandardBackbone);
        w.WriteNumber("standard_pe_art", p.StandardPeArt);
        // The weights' keys are their snake_case property names, as the reader takes them.
        w.WritePropertyName("objectives");
        JsonSerializer.Serialize(w, p.Objectives, SnakeCase);
        Norms(w, p.DemandNorms);
        w.WriteEndObject();
    });

    /// <summary>An optional key is written only when set, so reading the file back leaves it unset too.</summary>
    private static void Optional(Utf8JsonWriter w, string key, DateOnly? date)
    {
        if (date is { } d)
        {
            w.WriteString(key, d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private static void Optional(Utf8JsonWriter w, string key, string? text)
    {
        if (text is not null)
        {
            w.WriteString(key, text);
        }
    }

    private static void Norms(Utf8JsonWriter w, DemandNorms n)
    {
        w.WriteStartObject("demand_norms");
        w.WriteStartObject("weekly_load");
        foreach (var (stage, load) in n.WeeklyLoad)
        {
            w.WriteNumber(Codes.Stage.Code(stage), load);
        }
        w.WriteEndObject();
        w.WriteStartObject("periods_per_class");
        foreach (var (stage, subjects) in n.PeriodsPerClass)
        {
            w.WriteStartObject(Codes.Stage.Code(stage));
            foreach (var (subject, periods) in subjects)
            {
                w.WriteNumber(Codes.Subject.Code(subject), periods);
            }
            w.WriteEndObject();
        }
        w.WriteEndObject();
        w.WriteNumber("psychology_min_students", n.PsychologyMinStudents);
        w.WriteNumber("psychology_part_time_fte", n.PsychologyPartTimeFte);
        w.WriteNumber("rural_pe_min_students", n.RuralPeMinStudents);
        w.WriteNumber("resource_teacher_min_students", n.ResourceTeacherMinStudents);
        w.WriteEndObject();
    }
}
