using System.Globalization;
using System.Text.RegularExpressions;

namespace Jiaoling.Rotation.App;

/// <summary>
/// Makes the parser's help and error text Chinese: System.CommandLine's own zh-Hans resources for most of
/// it (selected whatever the machine's locale), and the few headings and labels those resources leave in
/// English replaced here, since the help builder itself is not public.
/// </summary>
internal static partial class ChineseHelp
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("zh-Hans");

    private static readonly (string English, string Chinese)[] LeftInEnglish =
    [
        ("Description:", "说明："),
        ("Usage:", "用法："),
        ("用法:", "用法："),
        ("Options:", "选项："),
        ("选项:", "选项："),
        ("Commands:", "命令："),
        ("命令: ", "命令："),
        ("Arguments:", "参数："),
        ("Show help and usage information", "显示帮助和用法"),
        ("Show version information", "显示版本信息"),
        // Both are ten columns wide, so the descriptions stay aligned.
        ("(REQUIRED)", "（必填）  "),
        ("[default: ", "[默认："),
        ("[command]", "[命令]"),
        ("[options]", "[选项]"),
    ];

    /// <summary>Selects the zh-Hans resources for the parse and the help that follow.</summary>
    public static void Use() => CultureInfo.CurrentUICulture = Culture;

    /// <summary>The help text with the headings and labels the zh-Hans resources leave in English made Chinese.</summary>
    public static string Translate(string help) =>
        LeftInEnglish.Aggregate(help, (text, pair) => text.Replace(pair.English, pair.Chinese, StringComparison.Ordinal));

    /// <summary>A parse error as the resources word it, without the doubled quotes and full stops they leave.</summary>
    public static string Tidy(string error)
    {
        var tidy = error.Replace("“'", "“", StringComparison.Ordinal).Replace("'”", "”", StringComparison.Ordinal)
            .Replace("。.", "。", StringComparison.Ordinal).TrimEnd('.');
        return RequiredOption().Match(tidy) is { Success: true } required ? $"缺少必需的选项 {required.Groups[1].Value}"
            : SingleArgument().Match(tidy) is { Success: true } single ? $"选项 {single.Groups[1].Value} 只能给一个值，收到 {single.Groups[2].Value} 个"
            : CannotParse().Match(tidy) is { Success: true } parse
                ? $"选项 {parse.Groups[2].Value} 的值“{parse.Groups[1].Value}”无效，应为{TypeName(parse.Groups[3].Value)}"
            : tidy;
    }

    private static string TypeName(string type) => type switch
    {
        "System.Int32" or "System.Int64" => "整数",
        "System.Double" or "System.Decimal" => "数字",
        "System.Boolean" => "true 或 false",
        _ => type,
    };

    [GeneratedRegex("^Cannot parse argument '(.*)' for option '(.+)' as expected type '(.+)'$")]
    private static partial Regex CannotParse();

    // The messages the zh-Hans resources of System.CommandLine 2.0.15 still word in English.
    [GeneratedRegex("^Option '(.+)' is required$")]
    private static partial Regex RequiredOption();

    [GeneratedRegex("^Option '(.+)' expects a single argument but ([0-9]+) were provided$")]
    private static partial Regex SingleArgument();
}
