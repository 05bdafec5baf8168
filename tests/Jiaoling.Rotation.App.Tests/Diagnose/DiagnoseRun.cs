using Jiaoling.Rotation.App.Cli;

namespace Jiaoling.Rotation.App.Tests.Diagnose;

/// <summary>The outcome of running <c>diagnose</c> in-process with captured stdout and stderr.</summary>
internal sealed record DiagnoseRun(int ExitCode, string Stdout, string Stderr)
{
    public static DiagnoseRun Of(string data, string output)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = DiagnoseVerb.Run(data, output, stdout, stderr);
        return new DiagnoseRun(code, stdout.ToString(), stderr.ToString());
    }
}
