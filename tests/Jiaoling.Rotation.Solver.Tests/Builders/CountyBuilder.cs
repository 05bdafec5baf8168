using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Solver.Tests.Builders;

/// <summary>
/// Assembles a small county from school and teacher builders, demand rows, policy and decisions.
/// Demand is given (as demand.csv would), so keys with teachers and no row have demand equal to supply.
/// </summary>
public sealed class CountyBuilder
{
    private readonly List<SchoolBuilder> _schools = [];
    private readonly List<TeacherBuilder> _teachers = [];
    private readonly List<DemandEntry> _demand = [];
    private readonly List<Decision> _decisions = [];
    private readonly List<DistanceOverride> _distances = [];
    private Policy _policy = new();

    public CountyBuilder School(string id, Func<SchoolBuilder, SchoolBuilder>? shape = null)
    {
        _schools.Add((shape ?? (b => b))(new SchoolBuilder(id)));
        return this;
    }

    public CountyBuilder Teacher(string id, string schoolId, Func<TeacherBuilder, TeacherBuilder>? shape = null)
    {
        _teachers.Add((shape ?? (b => b))(new TeacherBuilder(id, schoolId)));
        return this;
    }

    /// <summary>Adds <paramref name="count"/> plain teachers T-prefix-1.. of a subject at a school.</summary>
    public CountyBuilder Staff(string prefix, string schoolId, int count, Subject subject = Subject.CHN)
    {
        for (var i = 1; i <= count; i++)
        {
            Teacher($"{prefix}{i:D2}", schoolId, t => t.Teaching(subject));
        }
        return this;
    }

    /// <summary>Sets the demand of one key (a later call for the same key replaces the earlier one).</summary>
    public CountyBuilder Demand(string schoolId, Subject subject, decimal fte, Stage stage = Stage.Primary)
    {
        var key = new DemandKey(new SchoolId(schoolId), stage, subject);
        _demand.RemoveAll(d => d.Key == key);
        _demand.Add(new DemandEntry(key, fte));
        return this;
    }

    public CountyBuilder Road(string from, string to, double km)
    {
        _distances.Add(new DistanceOverride(new SchoolId(from), new SchoolId(to), km));
        return this;
    }

    public CountyBuilder Policy(Func<Policy, Policy> change)
    {
        _policy = change(_policy);
        return this;
    }

    public CountyBuilder Decide(string teacherId, DecisionKind kind, string? schoolId = null)
    {
        _decisions.Add(new Decision(new TeacherId(teacherId), kind, schoolId is null ? null : new SchoolId(schoolId)));
        return this;
    }

    public Dataset BuildDataset() => new()
    {
        Schools = _schools.Select(s => s.Build()).ToList(),
        Teachers = _teachers.Select(t => t.Build()).ToList(),
        Demand = _demand.ToList(),
        Distances = _distances.ToList(),
        Policy = _policy,
        Decisions = _decisions.ToList(),
    };

    public County Build() => County.Create(BuildDataset());
}
