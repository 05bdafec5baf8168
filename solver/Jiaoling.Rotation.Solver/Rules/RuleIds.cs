namespace Jiaoling.Rotation.Solver.Rules;

/// <summary>The contract's stable rule ids, as errors, explanations and <c>check</c> print them.</summary>
public static class RuleIds
{
    public const string Eligibility = "eligibility";
    public const string StageMatch = "stage_match";
    public const string SubjectMatch = "subject_match";
    public const string OneMove = "one_move";
    public const string OutflowCap = "outflow_cap";
    public const string StaffQuota = "staff_quota";
    public const string NoNewShortage = "no_new_shortage";
    public const string MinExchangeRatio = "min_exchange_ratio";
    public const string MinBackboneShare = "min_backbone_share";
    public const string MaxTransferKm = "max_transfer_km";
    public const string Couples = "couples";
    public const string ItinerantLimits = "itinerant_limits";
    public const string PrincipalRotation = "principal_rotation";
    public const string KeepStandards = "keep_standards";
    public const string Decisions = "decisions";
    public const string PlanFormat = "plan_format";
}
