using System.CommandLine;
using Jiaoling.Rotation.App.Cli;

namespace Jiaoling.Rotation.App.Tests.Check;

/// <summary>Runs the app's verbs in process, capturing what they write to stdout and stderr.</summary>
internal static class VerbRunner
{
    public static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var root = new RootCommand();
        foreach (var verb in Verbs.All())
        {
            root.Subcommands.Add(verb);
        }
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var exit = root.Parse(args).Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
