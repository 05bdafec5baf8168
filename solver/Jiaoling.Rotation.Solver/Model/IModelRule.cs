namespace Jiaoling.Rotation.Solver.Model;

/// <summary>A rule family that posts its constraints on the CP-SAT model.</summary>
internal interface IModelRule
{
    /// <summary>The contract's rule id.</summary>
    string Id { get; }

    void Post(RotationModel model);
}
