namespace Jiaoling.Rotation.Domain.Metrics;

/// <summary>Codes and Chinese labels of <see cref="IneligibilityReason"/>, as reports and summaries show them.</summary>
public static class IneligibilityLabels
{
    public static readonly CodeTable<IneligibilityReason> Table = new CodeTable<IneligibilityReason>()
        .Add(IneligibilityReason.None, "eligible", "符合交流条件")
        .Add(IneligibilityReason.Principal, "principal", "校长（按校长交流办理）")
        .Add(IneligibilityReason.StaffType, "staff_type", "特岗或代课教师")
        .Add(IneligibilityReason.Exempt, "exempt", "暂缓交流")
        .Add(IneligibilityReason.NearRetirement, "near_retirement", "临近退休")
        .Add(IneligibilityReason.OnRotation, "on_rotation", "正在交流期内")
        .Add(IneligibilityReason.TooFewYears, "too_few_years", "本校任教年限不足")
        .Add(IneligibilityReason.OutOfScope, "out_of_scope", "乡村学校，不在交流比例范围");
}
