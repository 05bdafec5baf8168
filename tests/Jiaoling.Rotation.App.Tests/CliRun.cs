using System.CommandLine;

namespace Jiaoling.Rotation.App.Tests;

/// <summary>Runs the program's verbs in-process, as Program does, with captured stdout and stderr.</summary>
internal sealed record CliRun(int Exit, string Out, string Err)
{
    public static CliRun Of(params string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var exit = CommandLineApp.InvokeAsync(CommandLineApp.Root().Parse(args),
                new InvocationConfiguration { Output = stdout, Error = stderr })
            .GetAwaiter().GetResult();
        return new CliRun(exit, stdout.ToString(), stderr.ToString());
    }
}
