using System.CommandLine;
using System.Text;
using Jiaoling.Rotation.App;

Console.OutputEncoding = Encoding.UTF8;

var parse = CommandLineApp.Root().Parse(args);
// serve's host handles SIGTERM itself and drains a running solve up to its time limit; the parser's own
// handler would end the process two seconds after the signal.
var invocation = new InvocationConfiguration
{
    ProcessTerminationTimeout = parse.CommandResult.Command.Name == "serve" ? null : TimeSpan.FromSeconds(2),
};
return await CommandLineApp.InvokeAsync(parse, invocation);
