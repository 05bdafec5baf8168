using System.Text.Json;
using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Data.Import.PolicyJson;

/// <summary>The top-level keys of policy.json, each with its type and range from the data contract.</summary>
internal static class PolicyKeys
{
    public static Policy Apply(Policy p, string key, JsonElement e, JsonValues v) => key switch
    {
        "plan_start_date" => v.Date(key, e) is { } d ? p with { PlanStartDate = d } : p,
        "term_years" => v.Int(key, e, 1, 6) is { } i ? p with { TermYears = i } : p,
        "min_years_at_school" => v.Int(key, e, 0, 30) is { } i ? p with { MinYearsAtSchool = i } : p,
        "principal_max_years" => v.Int(key, e, 1, 30) is { } i ? p with { PrincipalMaxYears = i } : p,
        "retirement_age_male" => v.Int(key, e, 45, 70) is { } i ? p with { RetirementAgeMale = i } : p,
        "retirement_age_female" => v.Int(key, e, 45, 70) is { } i ? p with { RetirementAgeFemale = i } : p,
        "retirement_exemption_years" => v.Int(key, e, 0, 10) is { } i ? p with { RetirementExemptionYears = i } : p,
        "exchange_scope" => v.Code(key, e, Codes.Scope) is { } s ? p with { ExchangeScope = s } : p,
        "min_exchange_ratio" => v.Decimal(key, e, 0, 1) is { } r ? p with { MinExchangeRatio = r } : p,
        "min_backbone_share" => v.Decimal(key, e, 0, 1) is { } r ? p with { MinBackboneShare = r } : p,
        "max_outflow_ratio" => v.Decimal(key, e, 0, 1) is { } r ? p with { MaxOutflowRatio = r } : p,
        "max_transfer_km" => v.Km(key, e, false) is { } km ? p with { MaxTransferKm = km } : p,
        "couple_max_km" => v.Km(key, e, true) is { } km ? p with { CoupleMaxKm = km } : p,
        "itinerant_max_km" => v.Km(key, e, false) is { } km ? p with { ItinerantMaxKm = km } : p,
        "itinerant_same_group" => v.Bool(key, e) is { } b ? p with { ItinerantSameGroup = b } : p,
        "itinerant_max_share" => ItinerantShare(key, e, v) is { } r ? p with { ItinerantMaxShare = r } : p,
        "itinerant_max_schools" => v.Int(key, e, 0, 5) is { } i ? p with { ItinerantMaxSchools = i } : p,
        "issuer" => v.Text(key, e) is { } t ? p with { Issuer = t } : p,
        "doc_number_prefix" => v.Text(key, e) is { } t ? p with { DocNumberPrefix = t } : p,
        "keep_standards" => v.Bool(key, e) is { } b ? p with { KeepStandards = b } : p,
        "standard_qualified_primary" => Minimum(key, e, v) is { } m ? p with { StandardQualifiedPrimary = m } : p,
        "standard_qualified_junior" => Minimum(key, e, v) is { } m ? p with { StandardQualifiedJunior = m } : p,
        "standard_backbone" => Minimum(key, e, v) is { } m ? p with { StandardBackbone = m } : p,
        "standard_pe_art" => Minimum(key, e, v) is { } m ? p with { StandardPeArt = m } : p,
        "doc_number" => v.Int(key, e, 1, 9999) is { } i ? p with { DocNumber = i } : p,
        "notice_date" => v.Date(key, e) is { } d ? p with { NoticeDate = d } : p,
        "report_date" => v.Date(key, e) is { } d ? p with { ReportDate = d } : p,
        "publicity_start" => v.Date(key, e) is { } d ? p with { PublicityStart = d } : p,
        "publicity_days" => v.Int(key, e, 1, 30) is { } i ? p with { PublicityDays = i } : p,
        "contact_person" => v.Text(key, e) is { } t ? p with { ContactPerson = t } : p,
        "contact_phone" => v.Phone(key, e) is { } t ? p with { ContactPhone = t } : p,
        "supervision_phone" => v.Phone(key, e) is { } t ? p with { SupervisionPhone = t } : p,
        "objectives" => p with { Objectives = ObjectivesReader.Read(p.Objectives, key, e, v) },
        "demand_norms" => p with { DemandNorms = DemandNormsReader.Read(p.DemandNorms, key, e, v) },
        _ => Unknown(p, key, v),
    };

    /// <summary>A per-school minimum per 100 students: the contract only asks ≥ 0; 100 bounds typing slips.</summary>
    private static decimal? Minimum(string key, JsonElement e, JsonValues v) =>
        v.Decimal(key, e, 0m, 100m, "0 到 100 之间的数（每百名学生的教师数）");

    private static decimal? ItinerantShare(string key, JsonElement e, JsonValues v)
    {
        const string expected = "0.1 到 1 之间 0.1 的整数倍（如 0.5）";
        if (v.Decimal(key, e, 0.1m, 1m, expected) is not { } share)
        {
            return null;
        }
        return share * 10 == decimal.Truncate(share * 10) ? share : v.Invalid<decimal>(key, e, expected);
    }

    private static Policy Unknown(Policy p, string key, JsonValues v)
    {
        v.Warn(key, "不是已知的策略参数，已忽略（见 docs/policy.md）");
        return p;
    }
}
