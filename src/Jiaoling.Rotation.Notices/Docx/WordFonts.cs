namespace Jiaoling.Rotation.Notices.Docx;

/// <summary>
/// A face and size of the Word version of the notices. The faces are named as Windows and WPS install
/// them (仿宋, 黑体) or as offices commonly add them (方正小标宋简体); Latin letters and digits use Times New
/// Roman, as GB/T 9704 documents usually do. Sizes are in points (三号 16, 二号 22, 四号 14, 小四 12).
/// </summary>
internal sealed record WordFonts(string Face, double Points, bool Bold = false, string? Color = null)
{
    public const string Red = "E60000";

    public static readonly WordFonts Masthead = new("方正小标宋简体", 34, Bold: true, Color: Red);
    public static readonly WordFonts Title = new("方正小标宋简体", 22);
    public static readonly WordFonts Body = new("仿宋", 16);
    public static readonly WordFonts Heading = new("黑体", 16);
    public static readonly WordFonts Table = new("仿宋", 12);
    public static readonly WordFonts Colophon = new("仿宋", 14);
}
