using System.CommandLine;
using System.Text;
using Jiaoling.Rotation.App.Cli;

Console.OutputEncoding = Encoding.UTF8;

var root = new RootCommand("蕉岭县义务教育教师交流轮岗规划系统 (Jiaoling.Rotation)");
foreach (var verb in Verbs.All())
{
    root.Subcommands.Add(verb);
}
return await root.Parse(args).InvokeAsync();
