using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Domain.Metrics;

namespace Jiaoling.Rotation.Notices.Models;

/// <summary>The report's definitions: each term as a county leader would ask about it, with the policy's numbers.</summary>
internal static class Definitions
{
    public static IReadOnlyList<Definition> Build(Policy p) =>
    [
        new("依据", "教育部《县域义务教育优质均衡发展督导评估办法》（教督〔2017〕6号）。该办法按校评估 7 项资源配置指标，"
                   + "每所学校至少 6 项达到标准、其余 1 项不低于标准的 85%；全县每项指标的校际差异系数小学不超过 "
                   + $"{Format.Number(BalanceStandards.MaxCv(Stage.Primary), 2)}、初中不超过 {Format.Number(BalanceStandards.MaxCv(Stage.Junior), 2)}。"
                   + "本报告的数据只含其中 3 项教师指标；其余 4 项（生均教学及辅助用房面积、生均体育运动场馆面积、生均教学仪器设备值、"
                   + "每百名学生拥有网络多媒体教室数）不在本系统数据范围内，“可达到”均以这 4 项全部达标为前提。"),
        new("高于规定学历", "国家规定小学教师应具备中等师范（中专）学历、初中教师应具备大专学历；高于规定学历即小学大专及以上、初中本科及以上。"),
        new(IndicatorLabels.Label(Indicator.QualifiedPer100), $"每 100 名学生拥有的高于规定学历教师人数；每校最低标准小学 "
            + $"{Format.Minimum(p.StandardQualifiedPrimary)}、初中 {Format.Minimum(p.StandardQualifiedJunior)}。"),
        new(IndicatorLabels.Label(Indicator.BackbonePer100), $"每 100 名学生拥有的县级及以上骨干教师人数；每校最低标准 {Format.Minimum(p.StandardBackbone)}。"),
        new(IndicatorLabels.Label(Indicator.PeArtPer100), $"每 100 名学生拥有的体育、音乐、美术专任教师人数（按所教学科计）；每校最低标准 "
            + $"{Format.Minimum(p.StandardPeArt)}。"),
        new("差异系数", "衡量各校之间某项指标差别大小的数：以各校学生数为权重，各校指标值偏离全县平均值的标准差除以全县平均值。数值越小，学校之间越均衡。"),
        new("缺额（折合全职人数）", "某校某学科需要的教师数减去实际承担该学科教学的教师数（走教按承担的工作量折算），不足部分即缺额。"),
        new("交流比例", $"计入比例的交流教师人数除以符合交流条件的教师人数，须不低于 {Format.Percent(p.MinExchangeRatio)}；"
                      + $"其中骨干教师须不低于交流人数的 {Format.Percent(p.MinBackboneShare)}。校长交流和走教不计入。"),
        new("流向", "城镇学校指城区、镇区学校；乡村、薄弱学校指乡村学校和被认定为薄弱的学校。同类学校之间平调指城区到城区、镇区到镇区、乡村到乡村（均非薄弱学校）。"),
    ];
}

/// <summary>A term and what it means.</summary>
public sealed record Definition(string Term, string Meaning);
