using System.Reflection;
using System.Text.RegularExpressions;
using Jiaoling.Rotation.Planning;
using Jiaoling.Rotation.Tests;

namespace Jiaoling.Rotation.App.Tests.Architecture;

/// <summary>
/// The house points one way. The libraries: Domain at the bottom; Data, Notices, Solver and the generator on
/// it; Planning on those; the portal (Web) on Planning; the application on everything. Inside the
/// application, the command line, the worker and the JSON API are rooms that point at Planning and the
/// libraries, never at each other, at the host that composes them, or at the portal.
/// </summary>
public sealed partial class ArchitectureTests
{
    private const string Host = "Jiaoling.Rotation.App";
    private static readonly string[] Rooms = [Host + ".Cli", Host + ".Worker", Host + ".Api"];

    private static readonly Assembly AppAssembly = typeof(CommandLineApp).Assembly;
    private static readonly Assembly WebAssembly = typeof(Rotation.Web.ReviewPortal).Assembly;

    /// <summary>Which of our assemblies each of our assemblies may reference.</summary>
    private static readonly Dictionary<Assembly, Assembly[]> MayReference = new()
    {
        [typeof(Domain.Dataset).Assembly] = [],
        [typeof(Data.Import.DatasetReader).Assembly] = [typeof(Domain.Dataset).Assembly],
        [typeof(Notices.PlanDocuments).Assembly] = [typeof(Domain.Dataset).Assembly],
        [typeof(Solver.Planner).Assembly] = [typeof(Domain.Dataset).Assembly],
        [typeof(Generator.CountyGenerator).Assembly] = [typeof(Domain.Dataset).Assembly],
        [typeof(PlanPipeline).Assembly] =
        [
            typeof(Domain.Dataset).Assembly, typeof(Data.Import.DatasetReader).Assembly,
            typeof(Notices.PlanDocuments).Assembly, typeof(Solver.Planner).Assembly,
        ],
        // The portal renders its pages through the same escaping templates as the notices.
        [WebAssembly] =
        [
            typeof(Domain.Dataset).Assembly, typeof(Data.Import.DatasetReader).Assembly,
            typeof(Notices.PlanDocuments).Assembly, typeof(Solver.Planner).Assembly, typeof(PlanPipeline).Assembly,
        ],
    };

    [Fact]
    public void Cli_worker_and_api_point_at_planning_and_never_at_each_other_the_host_or_the_portal()
    {
        var arrows = AppAssembly.GetTypes()
            .Where(t => Rooms.Contains(RoomOf(t)))
            .SelectMany(t => TypeReferences.Of(t)
                .Where(r => r.Assembly == WebAssembly || (RoomOf(r) is { } room && room != RoomOf(t)))
                .Select(r => $"{RoomOf(t)} → {r.Namespace} ({t.FullName} uses {r.FullName})"))
            .Distinct()
            .ToList();
        AssertNone("Arrows between rooms", arrows);
    }

    [Fact]
    public void The_using_lines_of_each_room_and_of_the_portal_name_no_other_room_the_host_or_the_portal()
    {
        var folders = Rooms.ToDictionary(r => r, r => RepoPaths.Combine("src", "Jiaoling.Rotation.App", r[(Host.Length + 1)..]));
        folders["Jiaoling.Rotation.Web"] = RepoPaths.Combine("src", "Jiaoling.Rotation.Web");
        folders["Jiaoling.Rotation.Planning"] = RepoPaths.Combine("src", "Jiaoling.Rotation.Planning");
        var walled = Rooms.Append(Host).Append("Jiaoling.Rotation.Web").ToList();
        var arrows = (
            from pair in folders
            from file in Directory.EnumerateFiles(pair.Value, "*.cs", SearchOption.AllDirectories)
            where !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")
            from line in File.ReadLines(file)
            let used = UsingLine().Match(line)
            where used.Success
            let target = walled.Where(w => used.Groups[1].Value == w || used.Groups[1].Value.StartsWith(w + ".", StringComparison.Ordinal)).MaxBy(w => w.Length)
            where target is not null && target != pair.Key
            select $"{Path.GetRelativePath(RepoPaths.Root, file)}: {line.Trim()}").ToList();
        AssertNone("Using lines that cross a wall", arrows);
    }

    [Fact]
    public void Each_library_references_only_the_libraries_below_it()
    {
        var ours = MayReference.Keys.Append(AppAssembly).ToDictionary(a => a.GetName().Name!);
        var arrows = (
            from pair in MayReference
            from reference in pair.Key.GetReferencedAssemblies()
            where ours.ContainsKey(reference.Name!) && !pair.Value.Contains(ours[reference.Name!])
            select $"{pair.Key.GetName().Name} → {reference.Name}").ToList();
        AssertNone("References against the project graph", arrows);
    }

    [Fact]
    public void The_portal_is_referenced_by_the_application_alone_and_there_by_its_host_alone()
    {
        var referencing = MayReference.Keys.Append(AppAssembly)
            .Where(a => a.GetReferencedAssemblies().Any(r => r.Name == WebAssembly.GetName().Name))
            .ToList();
        Assert.Equal([AppAssembly], referencing);
        var users = AppAssembly.GetTypes()
            .Where(t => TypeReferences.Of(t).Any(r => r.Assembly == WebAssembly))
            .Select(RoomOf)
            .Distinct();
        Assert.Equal([Host], users);
    }

    [Fact]
    public void Planning_and_the_libraries_below_it_use_no_asp_net_core()
    {
        var web = MayReference.Keys.Where(a => a != WebAssembly)
            .SelectMany(a => a.GetReferencedAssemblies().Select(r => $"{a.GetName().Name} → {r.Name}"))
            .Where(arrow => arrow.Contains("→ Microsoft.AspNetCore", StringComparison.Ordinal))
            .ToList();
        AssertNone("ASP.NET Core below the portal", web);
    }

    [Fact]
    public void Every_type_lives_in_its_projects_namespace_and_every_application_type_in_a_room_or_the_host()
    {
        var misplaced = AppAssembly.GetTypes().Where(t => RoomOf(t)?.StartsWith('?') == true)
            .Concat(WebAssembly.GetTypes().Where(t => IsOurs(t) && !InNamespace(t, "Jiaoling.Rotation.Web")))
            .Concat(typeof(PlanPipeline).Assembly.GetTypes().Where(t => IsOurs(t) && !InNamespace(t, "Jiaoling.Rotation.Planning")))
            .Select(t => t.FullName)
            .ToList();
        AssertNone("Types outside their project's namespace or the application's rooms", misplaced);
    }

    [Fact]
    public void The_scan_sees_types_named_only_inside_method_bodies()
    {
        // PlanVerb builds the pipeline inside its action's lambda; JobRunner calls the executor it is given.
        var cli = AppAssembly.GetTypes().Where(t => RoomOf(t) == Host + ".Cli").SelectMany(TypeReferences.Of).ToHashSet();
        var worker = AppAssembly.GetTypes().Where(t => RoomOf(t) == Host + ".Worker").SelectMany(TypeReferences.Of).ToHashSet();
        Assert.Contains(typeof(PlanPipeline), cli);
        Assert.Contains(typeof(PlanRunner), cli);
        Assert.Contains(typeof(IPlanExecutor), worker);
        Assert.DoesNotContain(typeof(PlanPipeline), worker);
    }

    /// <summary>Fails with every offending line, not xunit's first few characters of them.</summary>
    private static void AssertNone(string what, IReadOnlyCollection<string?> found) =>
        Assert.True(found.Count == 0, $"{what}:\n{string.Join('\n', found)}");

    /// <summary>
    /// The room of one of the application's types, the host for its root namespace and the top-level
    /// program, "?" and the namespace for any other of ours; null for other assemblies' types and for types
    /// the compiler adds.
    /// </summary>
    private static string? RoomOf(Type type)
    {
        if (type.Assembly != AppAssembly)
        {
            return null;
        }
        if (Rooms.FirstOrDefault(r => InNamespace(type, r)) is { } room)
        {
            return room;
        }
        if (type.Namespace == Host || (type.Namespace is null && type.Name == "Program"))
        {
            return Host;
        }
        return IsOurs(type) ? "?" + type.Namespace : null;
    }

    private static bool IsOurs(Type type) => type.Namespace?.StartsWith("Jiaoling.Rotation", StringComparison.Ordinal) == true;

    private static bool InNamespace(Type type, string name) =>
        type.Namespace == name || type.Namespace?.StartsWith(name + ".", StringComparison.Ordinal) == true;

    [GeneratedRegex(@"^\s*(?:global\s+)?using\s+(?:static\s+)?(?:\w+\s*=\s*)?(Jiaoling\.Rotation[\w.]*)")]
    private static partial Regex UsingLine();
}
