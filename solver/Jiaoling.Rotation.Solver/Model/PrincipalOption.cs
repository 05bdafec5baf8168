using Google.OrTools.Sat;
using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Solver.Model;

/// <summary>A principal moving to lead another school.</summary>
internal sealed record PrincipalOption(TeacherPool Pool, School To, BoolVar Used, double Km)
{
    public Teacher Principal => Pool.Sample;
}
