using System.CommandLine;
using Jiaoling.Rotation.App.Cli;

namespace Jiaoling.Rotation.App.Tests;

/// <summary>Runs the program's verbs in-process with captured stdout and stderr.</summary>
internal sealed record CliRun(int Exit, string Out, string Err)
{
    public static CliRun Of(params string[] args)
    {
        var root = new RootCommand();
        foreach (var verb in Verbs.All())
        {
            root.Subcommands.Add(verb);
        }
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var exit = root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr })
            .GetAwaiter().GetResult();
        return new CliRun(exit, stdout.ToString(), stderr.ToString());
    }
}
