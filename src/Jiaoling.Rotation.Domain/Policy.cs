namespace Jiaoling.Rotation.Domain;

/// <summary>
/// The county's policy parameters (policy.json). Every default is the data contract's; local numbers
/// (years at school, retirement, ratios, distances) belong here and never in code.
/// </summary>
public sealed record Policy
{
    /// <summary>The day the plan takes effect: every "now" of the rules.</summary>
    public DateOnly PlanStartDate { get; init; } = new(2027, 9, 1);

    /// <summary>Length of a rotation, in years.</summary>
    public int TermYears { get; init; } = 3;

    /// <summary>Years at the same school that make a teacher eligible.</summary>
    public int MinYearsAtSchool { get; init; } = 6;

    /// <summary>Years leading the same school after which a principal rotates (two 3-year terms).</summary>
    public int PrincipalMaxYears { get; init; } = 6;

    public int RetirementAgeMale { get; init; } = 60;

    public int RetirementAgeFemale { get; init; } = 55;

    /// <summary>Teachers this many years or less from retirement do not rotate.</summary>
    public int RetirementExemptionYears { get; init; } = 3;

    public ExchangeScope ExchangeScope { get; init; } = ExchangeScope.County;

    /// <summary>Share of eligible teachers who must rotate each year (fraction).</summary>
    public decimal MinExchangeRatio { get; init; } = 0.10m;

    /// <summary>Share of backbone teachers among the rotated (fraction).</summary>
    public decimal MinBackboneShare { get; init; } = 0.20m;

    /// <summary>Share of a school's headcount that may leave by transfer or principal move (fraction).</summary>
    public decimal MaxOutflowRatio { get; init; } = 0.20m;

    /// <summary>Longest transfer or principal move, km.</summary>
    public double MaxTransferKm { get; init; } = 60;

    /// <summary>Spouses may be posted this far apart (or as far as before, if more), km.</summary>
    public double CoupleMaxKm { get; init; } = 15;

    /// <summary>Longest distance from an itinerant teacher's home school to a receiving school, km.</summary>
    public double ItinerantMaxKm { get; init; } = 20;

    /// <summary>Whether itinerant teaching stays inside one teaching-research alliance (group_id).</summary>
    public bool ItinerantSameGroup { get; init; } = true;

    /// <summary>Largest total share of a post an itinerant teacher gives away (multiple of 0.1).</summary>
    public decimal ItinerantMaxShare { get; init; } = 0.5m;

    /// <summary>Most schools one itinerant teacher serves.</summary>
    public int ItinerantMaxSchools { get; init; } = 2;

    /// <summary>Who signs the notices.</summary>
    public string Issuer { get; init; } = "蕉岭县教育局";

    /// <summary>The issuer's document prefix: notices are numbered PREFIX〔YEAR〕N号 (e.g. 蕉教人〔2027〕1号).</summary>
    public string DocNumberPrefix { get; init; } = "蕉教人";

    /// <summary>Whether the rule <c>keep_standards</c> applies: no school falls below a minimum it meets.</summary>
    public bool KeepStandards { get; init; } = true;

    /// <summary>Least teachers above the required education per 100 primary students (2017 evaluation: 4.2).</summary>
    public decimal StandardQualifiedPrimary { get; init; } = 4.2m;

    /// <summary>Least teachers above the required education per 100 junior students (2017 evaluation: 5.3).</summary>
    public decimal StandardQualifiedJunior { get; init; } = 5.3m;

    /// <summary>Least county-level-or-higher backbone teachers per 100 students, either stage (1.0).</summary>
    public decimal StandardBackbone { get; init; } = 1.0m;

    /// <summary>Least PE, music and art teachers per 100 students, either stage (0.9).</summary>
    public decimal StandardPeArt { get; init; } = 0.9m;

    /// <summary>
    /// The serial number N of the plan's one document (文件) PREFIX〔YEAR〕N号; every teacher's notice is
    /// an annex item of it, so HR registers one number per plan.
    /// </summary>
    public int DocNumber { get; init; } = 1;

    /// <summary>The date the document is signed (成文日期), as set; null means <see cref="NoticeDay"/>'s default.</summary>
    public DateOnly? NoticeDate { get; init; }

    /// <summary>The day teachers report to their new school (报到日期), as set; null means the plan's start date.</summary>
    public DateOnly? ReportDate { get; init; }

    /// <summary>The first day of the public notice period (公示期), as set; null means <see cref="PublicityFirstDay"/>'s default.</summary>
    public DateOnly? PublicityStart { get; init; }

    /// <summary>Calendar days the public list stays posted, both ends counted (7 days hold 5 working days).</summary>
    public int PublicityDays { get; init; } = 7;

    /// <summary>Who answers questions about the notices (联系人); null prints no contact person.</summary>
    public string? ContactPerson { get; init; }

    /// <summary>The contact person's telephone (联系电话); null prints no number.</summary>
    public string? ContactPhone { get; init; }

    /// <summary>Where objections to the public list go (监督电话); null prints no number.</summary>
    public string? SupervisionPhone { get; init; }

    /// <summary>The planner's objective levels and their weights (project keys, see docs/policy.md).</summary>
    public ObjectiveWeights Objectives { get; init; } = new();

    /// <summary>The curriculum norms that derive demand when the county gives no demand.csv.</summary>
    public DemandNorms DemandNorms { get; init; } = DemandNorms.Default;

    /// <summary>The date a rotation starting at <see cref="PlanStartDate"/> ends.</summary>
    public DateOnly PlanEndDate => PlanStartDate.AddYears(TermYears);

    /// <summary>The signing date in force: <see cref="NoticeDate"/>, else 30 days before the plan starts.</summary>
    public DateOnly NoticeDay => NoticeDate ?? PlanStartDate.AddDays(-30);

    /// <summary>The reporting date in force: <see cref="ReportDate"/>, else the plan's start date.</summary>
    public DateOnly ReportDay => ReportDate ?? PlanStartDate;

    /// <summary>
    /// The first day of the public notice period in force: <see cref="PublicityStart"/>, else early enough
    /// that the period ends a week (7 days) before the signing date, leaving time to settle objections.
    /// </summary>
    public DateOnly PublicityFirstDay => PublicityStart ?? NoticeDay.AddDays(-(PublicityDays + 6));

    /// <summary>The last day of the public notice period.</summary>
    public DateOnly PublicityLastDay => PublicityFirstDay.AddDays(PublicityDays - 1);
}
