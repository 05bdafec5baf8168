namespace Jiaoling.Rotation.Domain;

/// <summary>城乡类型: where a school sits.</summary>
public enum Area { Urban, Town, Rural }

/// <summary>学段类型: which stages a school has.</summary>
public enum SchoolLevel { Primary, Junior, NineYear }

/// <summary>学段: the stage a teacher teaches and a teacher only ever moves within.</summary>
public enum Stage { Primary, Junior }

/// <summary>性别.</summary>
public enum Gender { Male, Female }

/// <summary>职称, lowest first.</summary>
public enum Title { None, Third, Second, First, Senior, Professor }

/// <summary>骨干教师 level, lowest first.</summary>
public enum BackboneLevel { None, County, City, Province, National }

/// <summary>最高学历, lowest first.</summary>
public enum Education { Secondary, Associate, Bachelor, Master, Doctor }

/// <summary>用工类型.</summary>
public enum StaffType { Regular, SpecialPost, Contract, Substitute }

/// <summary>岗位.</summary>
public enum Role { Teacher, Principal }

/// <summary>暂缓交流原因.</summary>
public enum Exemption { None, Pregnancy, Nursing, Illness, Other }

/// <summary>交流意愿.</summary>
public enum Willingness { Unknown, Yes, No }

/// <summary>复核决定: what a review decision asks of the next plan.</summary>
public enum DecisionKind { Require, Forbid, Stay }

/// <summary>
/// The kind of a plan row. <see cref="Return"/> (期满返回) takes a teacher whose term has ended from the host
/// school back to the school holding the post (the project's multi-year extension, docs/register.md).
/// </summary>
public enum AssignmentKind { Transfer, Itinerant, Principal, Return }

/// <summary>Whose teachers the minimum exchange ratio counts.</summary>
public enum ExchangeScope { County, UrbanTown }
