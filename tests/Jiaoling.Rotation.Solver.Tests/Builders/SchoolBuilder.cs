using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Solver.Tests.Builders;

/// <summary>Builds a school with harmless defaults: an urban primary school of 300 students at a given spot.</summary>
public sealed class SchoolBuilder(string id)
{
    private School _school = new()
    {
        Id = new SchoolId(id),
        Name = id + "学校",
        Town = "蕉城镇",
        Area = Area.Urban,
        Level = SchoolLevel.Primary,
        Primary = new StageEnrolment(300, 6),
        Location = new GeoPoint(24.65, 116.17),
        GroupId = "G1",
    };

    public SchoolId Id => _school.Id;

    public SchoolBuilder Named(string name) => With(s => s with { Name = name });

    public SchoolBuilder Rural() => With(s => s with { Area = Area.Rural });

    public SchoolBuilder Weak() => With(s => s with { Weak = true });

    public SchoolBuilder Junior(int students = 300) =>
        With(s => s with { Level = SchoolLevel.Junior, Primary = StageEnrolment.Empty, Junior = new(students, students / 45 + 1) });

    public SchoolBuilder NineYear() =>
        With(s => s with { Level = SchoolLevel.NineYear, Junior = new(200, 4) });

    public SchoolBuilder Students(int primary) => With(s => s with { Primary = new(primary, primary / 45 + 1) });

    public SchoolBuilder Quota(int quota) => With(s => s with { StaffQuota = quota });

    public SchoolBuilder Group(string? group) => With(s => s with { GroupId = group });

    /// <summary>Places the school <paramref name="kmNorth"/> km north of the county's reference point.</summary>
    public SchoolBuilder At(double kmNorth) => With(s => s with { Location = new GeoPoint(24.65 + kmNorth / 111.195, 116.17) });

    public SchoolBuilder With(Func<School, School> change)
    {
        _school = change(_school);
        return this;
    }

    public School Build() => _school;
}
