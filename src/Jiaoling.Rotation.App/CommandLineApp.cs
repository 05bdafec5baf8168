using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using Jiaoling.Rotation.Planning;

namespace Jiaoling.Rotation.App;

/// <summary>
/// The program's command line: the root command with every verb, and an invocation that answers a
/// command line the parser rejects (a required option missing, an unknown verb or option, a verb's own
/// validator failing) with the contract's exit 2 and every parse error on stderr, before any verb runs.
/// Help and parse errors are in Chinese (<see cref="ChineseHelp"/>).
/// </summary>
public static class CommandLineApp
{
    public static RootCommand Root()
    {
        // Parse errors are worded while parsing, so the Chinese resources must be chosen before it.
        ChineseHelp.Use();
        var root = new RootCommand("蕉岭县义务教育教师交流轮岗规划系统 (Jiaoling.Rotation)");
        foreach (var verb in Verbs.All())
        {
            root.Subcommands.Add(verb);
        }
        return root;
    }

    /// <summary>Runs the parsed command line; a rejected one exits <see cref="ExitCodes.InvalidInput"/> without running anything.</summary>
    public static Task<int> InvokeAsync(ParseResult parse, InvocationConfiguration configuration, CancellationToken ct = default)
    {
        // The parser's own error action prints usage on stdout and exits 1; the contract reserves 1 for
        // check's violations and failures, and stdout for a verb's output.
        if (parse.Action is ParseErrorAction)
        {
            ReportErrors(parse, configuration.Error);
            return Task.FromResult(ExitCodes.InvalidInput);
        }
        if (parse.Action is HelpAction)
        {
            var help = new StringWriter();
            var exit = parse.Invoke(new InvocationConfiguration { Output = help, Error = configuration.Error });
            configuration.Output.Write(ChineseHelp.Translate(help.ToString()));
            return Task.FromResult(exit);
        }
        return parse.InvokeAsync(configuration, ct);
    }

    private static void ReportErrors(ParseResult parse, TextWriter stderr)
    {
        stderr.WriteLine("命令行有误，未执行任何操作：");
        foreach (var error in parse.Errors)
        {
            stderr.WriteLine($"  {ChineseHelp.Tidy(error.Message)}");
        }
        var command = parse.CommandResult.Command;
        stderr.WriteLine(command is RootCommand
            ? "运行 --help 查看全部命令。"
            : $"运行 {command.Name} --help 查看该命令的用法。");
    }
}
