using System.Text.Json;
using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Data.Import.PolicyJson;

/// <summary>
/// Reads the project key <c>demand_norms</c>, overriding <see cref="DemandNorms.Default"/> entry by entry:
/// <c>weekly_load</c> per stage, <c>periods_per_class</c> per stage and subject, and the minimum-post
/// thresholds.
/// </summary>
internal static class DemandNormsReader
{
    public const decimal MaxPeriods = 40m;
    public const int MaxStudents = 100_000;

    public static DemandNorms Read(DemandNorms norms, string path, JsonElement value, JsonValues v)
    {
        foreach (var (key, property) in v.Properties(path, value))
        {
            var e = property.Value;
            norms = property.Name switch
            {
                "weekly_load" => norms with { WeeklyLoad = WeeklyLoad(norms.WeeklyLoad, key, e, v) },
                "periods_per_class" => norms with { PeriodsPerClass = Periods(norms.PeriodsPerClass, key, e, v) },
                "psychology_min_students" => v.Int(key, e, 0, MaxStudents) is { } i ? norms with { PsychologyMinStudents = i } : norms,
                "psychology_part_time_fte" => PartTime(key, e, v) is { } d ? norms with { PsychologyPartTimeFte = d } : norms,
                "rural_pe_min_students" => v.Int(key, e, 0, MaxStudents) is { } i ? norms with { RuralPeMinStudents = i } : norms,
                "resource_teacher_min_students" => v.Int(key, e, 0, MaxStudents) is { } i
                    ? norms with { ResourceTeacherMinStudents = i } : norms,
                _ => Unknown(norms, key, v),
            };
        }
        return norms;
    }

    private static decimal? PartTime(string key, JsonElement e, JsonValues v)
    {
        const string expected = "0 到 1 之间 0.1 的整数倍（如 0.5）";
        if (v.Decimal(key, e, 0m, 1m, expected) is not { } d)
        {
            return null;
        }
        return d * 10 == decimal.Truncate(d * 10) ? d : v.Invalid<decimal>(key, e, expected);
    }

    private static IReadOnlyDictionary<Stage, decimal> WeeklyLoad(
        IReadOnlyDictionary<Stage, decimal> load, string path, JsonElement value, JsonValues v)
    {
        var result = new Dictionary<Stage, decimal>(load);
        foreach (var (key, stage, e) in Stages(path, value, v))
        {
            if (v.Decimal(key, e, 1m, MaxPeriods, $"1 到 {MaxPeriods} 之间的周课时数") is { } d)
            {
                result[stage] = d;
            }
        }
        return result;
    }

    private static IReadOnlyDictionary<Stage, IReadOnlyDictionary<Subject, decimal>> Periods(
        IReadOnlyDictionary<Stage, IReadOnlyDictionary<Subject, decimal>> periods, string path, JsonElement value, JsonValues v)
    {
        var result = periods.ToDictionary(kv => kv.Key, kv => new Dictionary<Subject, decimal>(kv.Value));
        foreach (var (stageKey, stage, stageValue) in Stages(path, value, v))
        {
            var row = result.TryGetValue(stage, out var r) ? r : result[stage] = new Dictionary<Subject, decimal>();
            foreach (var (key, property) in v.Properties(stageKey, stageValue))
            {
                if (!Codes.Subject.TryParse(property.Name, out var subject))
                {
                    v.Error(key, $"不是学科代码，应为以下之一：{Codes.Subject.Describe()}");
                }
                else if (v.Decimal(key, property.Value, 0m, MaxPeriods, $"0 到 {MaxPeriods} 之间的每班周课时数") is { } d)
                {
                    row[subject] = d;
                }
            }
        }
        return result.ToDictionary(kv => kv.Key, kv => (IReadOnlyDictionary<Subject, decimal>)kv.Value);
    }

    private static IEnumerable<(string Key, Stage Stage, JsonElement Value)> Stages(string path, JsonElement value, JsonValues v)
    {
        foreach (var (key, property) in v.Properties(path, value))
        {
            if (Codes.Stage.TryParse(property.Name, out var stage))
            {
                yield return (key, stage, property.Value);
            }
            else
            {
                v.Error(key, $"不是学段，应为以下之一：{Codes.Stage.Describe()}");
            }
        }
    }

    private static DemandNorms Unknown(DemandNorms norms, string key, JsonValues v)
    {
        v.Warn(key, "不是已知的需求测算参数，已忽略；可用的键：weekly_load, periods_per_class, psychology_min_students, " +
                    "psychology_part_time_fte, rural_pe_min_students, resource_teacher_min_students");
        return norms;
    }
}
