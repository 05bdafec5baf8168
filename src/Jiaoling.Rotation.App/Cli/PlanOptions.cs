using System.CommandLine;
using System.CommandLine.Parsing;
using Jiaoling.Rotation.Notices;
using Jiaoling.Rotation.Planning;

namespace Jiaoling.Rotation.App.Cli;

/// <summary>The solver and document options every planning verb takes.</summary>
public sealed class PlanOptions
{
    private readonly Option<int> _timeLimit = new("--time-limit")
    {
        Description = "求解时限（秒，所有目标层级合计）", DefaultValueFactory = _ => 60,
        CustomParser = r => Integer(r, 1, int.MaxValue, "--time-limit 必须是正整数（秒）"),
    };

    private readonly Option<int> _workers = new("--workers")
    {
        Description = "求解线程数", DefaultValueFactory = _ => 2,
        CustomParser = r => Integer(r, 1, 64, "--workers 必须是 1 到 64 之间的整数"),
    };

    private readonly Option<int> _seed = new("--seed") { Description = "随机种子（相同种子可复现结果）", DefaultValueFactory = _ => 1 };
    private readonly Option<bool> _noPdf = new("--no-pdf") { Description = "不生成 PDF（只写 HTML）" };
    private readonly Option<string?> _templates = new("--templates") { Description = "模板目录（默认为程序自带的 templates/）" };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { _timeLimit, _workers, _seed, _noPdf, _templates })
        {
            command.Options.Add(option);
        }
    }

    // A parser rather than a validator: a validator reading a value that did not parse throws instead of reporting.
    private static int Integer(ArgumentResult r, int min, int max, string message)
    {
        var text = r.Tokens.Count == 1 ? r.Tokens[0].Value : "";
        if (int.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }
        r.AddError($"{message}，收到“{text}”。");
        return 0;
    }

    public PlanSettings Settings(ParseResult r) =>
        new(TimeSpan.FromSeconds(r.GetValue(_timeLimit)), r.GetValue(_workers), r.GetValue(_seed));

    public DocumentOptions Documents(ParseResult r) =>
        new() { MakePdf = !r.GetValue(_noPdf), TemplatesFolder = r.GetValue(_templates) };
}
