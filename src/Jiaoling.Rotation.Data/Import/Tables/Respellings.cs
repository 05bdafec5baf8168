namespace Jiaoling.Rotation.Data.Import.Tables;

/// <summary>
/// How HR systems and spreadsheets spell some codes beyond the contract's labels, rewritten to a spelling
/// the code tables know: the official title names (中小学一级教师), backbone levels without 教师
/// (县级骨干), and 是/否 for willingness.
/// </summary>
internal static class Respellings
{
    private const string TitlePrefix = "中小学";
    private const string BackboneSuffix = "骨干";

    /// <summary>中小学一级教师, 中小学高级教师 … (the 2015 title system's full names) as 一级教师, 高级教师 ….</summary>
    public static string Title(string text) => text.StartsWith(TitlePrefix, StringComparison.Ordinal) ? text[TitlePrefix.Length..] : text;

    /// <summary>县级骨干, 市级骨干 … as 县级骨干教师, 市级骨干教师 ….</summary>
    public static string Backbone(string text) => text.EndsWith(BackboneSuffix, StringComparison.Ordinal) ? text + "教师" : text;

    /// <summary>是 (willing) and 否 (not willing), the way a yes/no column of a form is filled.</summary>
    public static string Willing(string text) => text switch
    {
        "是" => "yes",
        "否" => "no",
        _ => text,
    };
}
