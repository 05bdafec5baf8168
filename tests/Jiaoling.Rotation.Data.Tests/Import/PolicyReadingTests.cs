using System.Reflection;
using System.Text.Json;
using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Data.Tests.Import;

/// <summary>policy.json: every key with its type and range, problems at the key's line, the project's own keys.</summary>
public sealed class PolicyReadingTests
{
    [Fact]
    public void Every_contract_key_overrides_its_default()
    {
        var policy = Read("""
            {
              "plan_start_date": "2028/9/1", "term_years": 2, "min_years_at_school": 5, "principal_max_years": 9,
              "retirement_age_male": 63, "retirement_age_female": 58, "retirement_exemption_years": 2,
              "exchange_scope": "urban_town", "min_exchange_ratio": 0.15, "min_backbone_share": 0.25,
              "max_outflow_ratio": 0.3, "max_transfer_km": 45.5, "couple_max_km": 0, "itinerant_max_km": 12,
              "itinerant_same_group": false, "itinerant_max_share": 0.3, "itinerant_max_schools": 3,
              "issuer": "某县教育局", "doc_number_prefix": "某教人",
              "keep_standards": false, "standard_qualified_primary": 4.5, "standard_qualified_junior": 5,
              "standard_backbone": 1.2, "standard_pe_art": 1
            }
            """);

        var expected = new Policy
        {
            PlanStartDate = new DateOnly(2028, 9, 1), TermYears = 2, MinYearsAtSchool = 5, PrincipalMaxYears = 9,
            RetirementAgeMale = 63, RetirementAgeFemale = 58, RetirementExemptionYears = 2,
            ExchangeScope = ExchangeScope.UrbanTown, MinExchangeRatio = 0.15m, MinBackboneShare = 0.25m,
            MaxOutflowRatio = 0.3m, MaxTransferKm = 45.5, CoupleMaxKm = 0, ItinerantMaxKm = 12, ItinerantSameGroup = false,
            ItinerantMaxShare = 0.3m, ItinerantMaxSchools = 3, Issuer = "某县教育局", DocNumberPrefix = "某教人",
            KeepStandards = false, StandardQualifiedPrimary = 4.5m, StandardQualifiedJunior = 5m, StandardBackbone = 1.2m,
            StandardPeArt = 1m,
        };
        DatasetAssert.PolicyEqual(expected, policy);
    }

    [Fact]
    public void Document_keys_set_the_number_dates_and_contacts()
    {
        var policy = Read("""
            {
              "doc_number": 12, "notice_date": "2027-8-10", "report_date": "2027/8/30",
              "publicity_start": "2027-07-01", "publicity_days": 5,
              "contact_person": "人事股 李老师", "contact_phone": "0753-1230001", "supervision_phone": "(0753) 123 0002"
            }
            """);

        Assert.Equal((12, new DateOnly(2027, 8, 10), new DateOnly(2027, 8, 30)), (policy.DocNumber, policy.NoticeDay, policy.ReportDay));
        Assert.Equal((new DateOnly(2027, 7, 1), new DateOnly(2027, 7, 5)), (policy.PublicityFirstDay, policy.PublicityLastDay));
        Assert.Equal(("人事股 李老师", "0753-1230001", "(0753) 123 0002"), (policy.ContactPerson, policy.ContactPhone, policy.SupervisionPhone));
    }

    [Fact]
    public void Document_dates_default_to_the_plan_start_date()
    {
        var policy = Read("""{"plan_start_date": "2028-09-01", "publicity_days": 10}""");

        Assert.Equal(1, policy.DocNumber);
        Assert.Equal(new DateOnly(2028, 8, 2), policy.NoticeDay);
        Assert.Equal(new DateOnly(2028, 9, 1), policy.ReportDay);
        Assert.Equal((new DateOnly(2028, 7, 17), new DateOnly(2028, 7, 26)), (policy.PublicityFirstDay, policy.PublicityLastDay));
        Assert.Null(policy.ContactPhone);
    }

    public static TheoryData<string, string> BadValues => new()
    {
        { "{\n  \"doc_number\": 0\n}", "policy.json:2" },
        { "{\n  \"publicity_days\": 31\n}", "policy.json:2" },
        { "{\n  \"contact_phone\": \"请拨 12\"\n}", "policy.json:2" },
        { "{\n  \"supervision_phone\": 7872345\n}", "policy.json:2" },
        { "{\n  \"notice_date\": \"2027-08-02\",\n  \"report_date\": \"2027-08-01\"\n}", "policy.json:3" },
        { "{\n  \"notice_date\": \"2027-09-10\"\n}", "policy.json:2" },
        { "{\n  \"publicity_start\": \"2027-07-30\"\n}", "policy.json:2" },
        { "{\n  \"term_years\": 3,\n  \"min_years_at_school\": 31\n}", "policy.json:3" },
        { "{\n  \"term_years\": 2.5\n}", "policy.json:2" },
        { "{\n\n  \"min_exchange_ratio\": \"0.1\"\n}", "policy.json:3" },
        { "{\n  \"min_backbone_share\": 1.2\n}", "policy.json:2" },
        { "{\n  \"keep_standards\": \"yes\"\n}", "policy.json:2" },
        { "{\n  \"standard_pe_art\": -0.9\n}", "policy.json:2" },
        { "{\n  \"max_transfer_km\": 0\n}", "policy.json:2" },
        { "{\n  \"couple_max_km\": -1\n}", "policy.json:2" },
        { "{\n  \"itinerant_max_share\": 0.25\n}", "policy.json:2" },
        { "{\n  \"itinerant_max_share\": 0\n}", "policy.json:2" },
        { "{\n  \"itinerant_same_group\": \"yes\"\n}", "policy.json:2" },
        { "{\n  \"exchange_scope\": \"town\"\n}", "policy.json:2" },
        { "{\n  \"plan_start_date\": \"2027-02-29\"\n}", "policy.json:2" },
        { "{\n  \"issuer\": \"\"\n}", "policy.json:2" },
        { "{\n  \"term_years\": 3,\n  \"term_years\": 4\n}", "policy.json:3" },
        { "{\n  \"objectives\": {\n    \"order\": [\"shortage\", \"shortage\", \"balance\"]\n  }\n}", "policy.json:3" },
        { "{\n  \"objectives\": {\n    \"shortage_rural\": 1001\n  }\n}", "policy.json:3" },
        { "{\n  \"objectives\": {\n    \"max_sideways_percent\": 101\n  }\n}", "policy.json:3" },
        { "{\n  \"demand_norms\": {\n    \"weekly_load\": {\"primary\": 0}\n  }\n}", "policy.json:3" },
        { "{\n  \"demand_norms\": {\n    \"periods_per_class\": {\n      \"junior\": {\"MUSIC\": 1}\n    }\n  }\n}", "policy.json:4" },
        { "{\n  \"term_years\": 3,\n}x", "policy.json:1" },
        { "[1, 2]", "policy.json:1" },
        { "", "policy.json:1" },
    };

    [Theory]
    [MemberData(nameof(BadValues))]
    public void A_bad_value_is_reported_at_its_key(string json, string expected)
    {
        using var dataset = TempDataset.Valid().With("policy.json", json);

        var result = dataset.Read();

        var error = Assert.Single(result.Errors);
        Assert.Equal(expected, $"{error.File}:{error.Line}");
    }

    [Fact]
    public void A_public_notice_period_ending_after_signing_says_so_in_chinese()
    {
        using var dataset = TempDataset.Valid().With("policy.json", "{\n  \"notice_date\": \"2027-08-02\",\n  \"publicity_start\": \"2027-07-28\"\n}");

        var error = Assert.Single(dataset.Read().Errors).ToString();

        Assert.Equal("policy.json:3: 键 publicity_start 使公示期 2027-07-28 至 2027-08-03 未在成文日期 2027-08-02 之前结束："
            + "公示期满、无异议后才能发文，请提前 publicity_start 或推后 notice_date", error);
    }

    [Fact]
    public void An_unknown_key_is_a_warning_at_its_line()
    {
        using var dataset = TempDataset.Valid().With("policy.json", "{\n  \"term_years\": 3,\n  \"team_years\": 4\n}");

        var result = dataset.Read();

        Assert.True(result.Ok);
        Assert.StartsWith("policy.json:3: warning: 键 team_years", Assert.Single(result.Warnings).ToString());
    }

    [Fact]
    public void Every_objective_weight_is_a_snake_case_key()
    {
        var weights = typeof(ObjectiveWeights).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType == typeof(int))
            .ToList();
        var keys = string.Join(", ", weights.Select(p => $"\"{JsonNamingPolicy.SnakeCaseLower.ConvertName(p.Name)}\": 7"));

        var policy = Read("{\"objectives\": {\"order\": [\"standards\", \"shortage\", \"cv\", \"balance\", \"disruption\"], " + keys + "}}");

        Assert.Equal(["standards", "shortage", "cv", "balance", "disruption"], policy.Objectives.Order);
        Assert.All(weights, p => Assert.Equal(7, p.GetValue(policy.Objectives)));
    }

    [Fact]
    public void Demand_norms_override_the_defaults_entry_by_entry()
    {
        var policy = Read("""
            {"demand_norms": {"weekly_load": {"junior": 12}, "periods_per_class": {"小学": {"MUS": 3, "心理": 0.5}},
              "psychology_min_students": 300, "rural_pe_min_students": 100, "resource_teacher_min_students": 3}}
            """);

        var norms = policy.DemandNorms;
        var defaults = DemandNorms.Default;
        Assert.Equal((16m, 12m), (norms.WeeklyLoad[Stage.Primary], norms.WeeklyLoad[Stage.Junior]));
        Assert.Equal((3m, 0.5m), (norms.PeriodsPerClass[Stage.Primary][Subject.MUS], norms.PeriodsPerClass[Stage.Primary][Subject.PSY]));
        Assert.Equal(defaults.PeriodsPerClass[Stage.Primary][Subject.CHN], norms.PeriodsPerClass[Stage.Primary][Subject.CHN]);
        Assert.Equal(defaults.PeriodsPerClass[Stage.Junior], norms.PeriodsPerClass[Stage.Junior]);
        Assert.Equal((300, 100, 3), (norms.PsychologyMinStudents, norms.RuralPeMinStudents, norms.ResourceTeacherMinStudents));
        Assert.Equal(7.5m, defaults.PeriodsPerClass[Stage.Primary][Subject.CHN]);
        Assert.Equal(2m, defaults.PeriodsPerClass[Stage.Primary][Subject.MUS]);
    }

    [Fact]
    public void A_policy_with_bom_and_comments_reads()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes("// county policy\n{\"term_years\": 4}");
        using var dataset = TempDataset.Valid().WithBytes("policy.json", [0xEF, 0xBB, 0xBF, .. bytes]);

        var result = dataset.Read();

        Assert.True(result.Ok, string.Join("\n", result.Errors));
        Assert.Equal(4, result.Dataset!.Policy.TermYears);
    }

    private static Policy Read(string json)
    {
        using var dataset = TempDataset.Valid().With("policy.json", json);
        var result = dataset.Read();
        Assert.True(result.Ok, string.Join("\n", result.Errors));
        Assert.Empty(result.Warnings);
        return result.Dataset!.Policy;
    }
}
