using System.CommandLine;
using Jiaoling.Rotation.Notices;
using Jiaoling.Rotation.Planning;

namespace Jiaoling.Rotation.App.Cli;

/// <summary>The solver and document options every planning verb takes.</summary>
public sealed class PlanOptions
{
    private readonly Option<int> _timeLimit = new("--time-limit")
    {
        Description = "求解时限（秒，所有目标层级合计）", DefaultValueFactory = _ => 60,
    };

    private readonly Option<int> _workers = new("--workers") { Description = "求解线程数", DefaultValueFactory = _ => 2 };
    private readonly Option<int> _seed = new("--seed") { Description = "随机种子（相同种子可复现结果）", DefaultValueFactory = _ => 1 };
    private readonly Option<bool> _noPdf = new("--no-pdf") { Description = "不生成 PDF（只写 HTML）" };
    private readonly Option<string?> _templates = new("--templates") { Description = "模板目录（默认为程序自带的 templates/）" };

    public void AddTo(Command command)
    {
        _timeLimit.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() <= 0)
            {
                r.AddError("--time-limit 必须是正整数（秒）。");
            }
        });
        _workers.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 64)
            {
                r.AddError("--workers 必须在 1 到 64 之间。");
            }
        });
        foreach (var option in new Option[] { _timeLimit, _workers, _seed, _noPdf, _templates })
        {
            command.Options.Add(option);
        }
    }

    public PlanSettings Settings(ParseResult r) =>
        new(TimeSpan.FromSeconds(r.GetValue(_timeLimit)), r.GetValue(_workers), r.GetValue(_seed));

    public DocumentOptions Documents(ParseResult r) =>
        new() { MakePdf = !r.GetValue(_noPdf), TemplatesFolder = r.GetValue(_templates) };
}
