namespace Jiaoling.Rotation.Domain;

/// <summary>The code tables of the data contract, one per enumeration.</summary>
public static class Codes
{
    public static readonly CodeTable<Area> Area = new CodeTable<Area>()
        .Add(Domain.Area.Urban, "urban", "城区")
        .Add(Domain.Area.Town, "town", "镇区")
        .Add(Domain.Area.Rural, "rural", "乡村");

    public static readonly CodeTable<SchoolLevel> Level = new CodeTable<SchoolLevel>()
        .Add(SchoolLevel.Primary, "primary", "小学")
        .Add(SchoolLevel.Junior, "junior", "初中")
        .Add(SchoolLevel.NineYear, "nine_year", "九年一贯制", "九年一贯制学校");

    public static readonly CodeTable<Stage> Stage = new CodeTable<Stage>()
        .Add(Domain.Stage.Primary, "primary", "小学")
        .Add(Domain.Stage.Junior, "junior", "初中");

    public static readonly CodeTable<Gender> Gender = new CodeTable<Gender>()
        .Add(Domain.Gender.Male, "M", "男")
        .Add(Domain.Gender.Female, "F", "女");

    public static readonly CodeTable<Title> Title = new CodeTable<Title>()
        .Add(Domain.Title.None, "none", "未定级", "未定级教师")
        .Add(Domain.Title.Third, "third", "三级", "三级教师")
        .Add(Domain.Title.Second, "second", "二级", "二级教师")
        .Add(Domain.Title.First, "first", "一级", "一级教师")
        .Add(Domain.Title.Senior, "senior", "高级", "高级教师")
        .Add(Domain.Title.Professor, "professor", "正高级", "正高级教师");

    public static readonly CodeTable<BackboneLevel> Backbone = new CodeTable<BackboneLevel>()
        .Add(BackboneLevel.None, "none", "否", "无")
        .Add(BackboneLevel.County, "county", "县级", "县级骨干教师")
        .Add(BackboneLevel.City, "city", "市级", "市级骨干教师")
        .Add(BackboneLevel.Province, "province", "省级", "省级骨干教师")
        .Add(BackboneLevel.National, "national", "国家级", "国家级骨干教师");

    public static readonly CodeTable<Education> Education = new CodeTable<Education>()
        .Add(Domain.Education.Secondary, "secondary", "中专", "中师", "高中")
        .Add(Domain.Education.Associate, "associate", "大专", "专科", "大学专科")
        .Add(Domain.Education.Bachelor, "bachelor", "本科", "大学本科")
        .Add(Domain.Education.Master, "master", "硕士", "硕士研究生", "研究生")
        .Add(Domain.Education.Doctor, "doctor", "博士", "博士研究生");

    public static readonly CodeTable<StaffType> StaffType = new CodeTable<StaffType>()
        .Add(Domain.StaffType.Regular, "regular", "在编")
        .Add(Domain.StaffType.SpecialPost, "special_post", "特岗")
        .Add(Domain.StaffType.Contract, "contract", "聘任")
        .Add(Domain.StaffType.Substitute, "substitute", "代课");

    public static readonly CodeTable<Role> Role = new CodeTable<Role>()
        .Add(Domain.Role.Teacher, "teacher", "教师")
        .Add(Domain.Role.Principal, "principal", "校长");

    public static readonly CodeTable<Exemption> Exemption = new CodeTable<Exemption>()
        .Add(Domain.Exemption.None, "none", "无")
        .Add(Domain.Exemption.Pregnancy, "pregnancy", "孕期")
        .Add(Domain.Exemption.Nursing, "nursing", "哺乳期")
        .Add(Domain.Exemption.Illness, "illness", "重大疾病")
        .Add(Domain.Exemption.Other, "other", "其他");

    public static readonly CodeTable<Willingness> Willing = new CodeTable<Willingness>()
        .Add(Willingness.Yes, "yes", "愿意")
        .Add(Willingness.No, "no", "不愿意")
        .Add(Willingness.Unknown, "unknown", "未填");

    public static readonly CodeTable<DecisionKind> Decision = new CodeTable<DecisionKind>()
        .Add(DecisionKind.Require, "require", "必须")
        .Add(DecisionKind.Forbid, "forbid", "不得")
        .Add(DecisionKind.Stay, "stay", "留任");

    public static readonly CodeTable<AssignmentKind> Kind = new CodeTable<AssignmentKind>()
        .Add(AssignmentKind.Transfer, "transfer", "交流轮岗")
        .Add(AssignmentKind.Itinerant, "itinerant", "走教")
        .Add(AssignmentKind.Principal, "principal", "校长交流")
        .Add(AssignmentKind.Return, "return", "期满返回");

    public static readonly CodeTable<ExchangeScope> Scope = new CodeTable<ExchangeScope>()
        .Add(ExchangeScope.County, "county", "全县")
        .Add(ExchangeScope.UrbanTown, "urban_town", "城镇学校");

    public static readonly CodeTable<Subject> Subject = new CodeTable<Subject>()
        .Add(Domain.Subject.CHN, "CHN", "语文")
        .Add(Domain.Subject.MATH, "MATH", "数学")
        .Add(Domain.Subject.ENG, "ENG", "英语", "外语")
        .Add(Domain.Subject.MORAL, "MORAL", "道德与法治", "思想品德", "品德与社会", "品德与生活")
        .Add(Domain.Subject.HIST, "HIST", "历史")
        .Add(Domain.Subject.GEO, "GEO", "地理")
        .Add(Domain.Subject.PHY, "PHY", "物理")
        .Add(Domain.Subject.CHEM, "CHEM", "化学")
        .Add(Domain.Subject.BIO, "BIO", "生物")
        .Add(Domain.Subject.SCI, "SCI", "科学")
        .Add(Domain.Subject.PE, "PE", "体育与健康", "体育")
        .Add(Domain.Subject.MUS, "MUS", "音乐")
        .Add(Domain.Subject.ART, "ART", "美术")
        .Add(Domain.Subject.IT, "IT", "信息科技", "信息技术")
        .Add(Domain.Subject.PSY, "PSY", "心理健康", "心理健康教育", "心理")
        .Add(Domain.Subject.SPED, "SPED", "特殊教育", "资源教师");

    /// <summary>The shortage subjects (紧缺学科) of the county plan: psychology, PE, music, art, IT.</summary>
    public static readonly IReadOnlySet<Domain.Subject> ShortageSubjects = new HashSet<Domain.Subject>
    {
        Domain.Subject.PSY, Domain.Subject.PE, Domain.Subject.MUS, Domain.Subject.ART, Domain.Subject.IT,
    };

    /// <summary>The subjects counted by the PE-and-art indicator (体育、艺术: PE, music, fine art).</summary>
    public static readonly IReadOnlySet<Domain.Subject> PeArtSubjects = new HashSet<Domain.Subject>
    {
        Domain.Subject.PE, Domain.Subject.MUS, Domain.Subject.ART,
    };
}
