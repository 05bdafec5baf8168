using System.CommandLine;
using Jiaoling.Rotation.App.Cli;

namespace Jiaoling.Rotation.App;

/// <summary>The command-line verbs, in the order help lists them.</summary>
public static class Verbs
{
    public static IEnumerable<Command> All() =>
    [
        TemplateVerb.Create(),
        DiagnoseVerb.Create(),
        PlanVerb.Create(),
        CheckVerb.Create(),
        CompareVerb.Create(),
        BenchVerb.Create(),
        GenerateVerb.Create(),
        MigrateVerb.Create(),
        ImportVerb.Create(),
        PublishVerb.Create(),
        RolloverVerb.Create(),
        ServeVerb.Create(),
        WorkerVerb.Create(),
        QueueVerb.Create(),
        SetupDemoVerb.Create(),
    ];
}
