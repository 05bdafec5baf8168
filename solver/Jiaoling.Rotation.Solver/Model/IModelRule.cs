using Jiaoling.Rotation.Solver.Rules;

namespace Jiaoling.Rotation.Solver.Model;

/// <summary>A rule family that posts its constraints on the CP-SAT model.</summary>
internal interface IModelRule : IRule
{
    void Post(RotationModel model);
}
