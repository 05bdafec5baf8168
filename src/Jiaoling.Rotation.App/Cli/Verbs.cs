using System.CommandLine;

namespace Jiaoling.Rotation.App.Cli;

/// <summary>The command-line verbs, in the order help lists them.</summary>
public static class Verbs
{
    public static IEnumerable<Command> All() =>
    [
        DiagnoseVerb.Create(),
        PlanVerb.Create(),
        CheckVerb.Create(),
        BenchVerb.Create(),
        GenerateVerb.Create(),
        MigrateVerb.Create(),
        ImportVerb.Create(),
        ServeVerb.Create(),
        SetupDemoVerb.Create(),
    ];
}
