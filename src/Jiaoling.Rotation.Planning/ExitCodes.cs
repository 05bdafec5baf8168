namespace Jiaoling.Rotation.Planning;

/// <summary>The exit statuses of the data contract.</summary>
public static class ExitCodes
{
    /// <summary>A plan or diagnosis was written.</summary>
    public const int Ok = 0;

    /// <summary><c>check</c> found violations, or another failure (I/O, database).</summary>
    public const int Failure = 1;

    /// <summary>The input is invalid; nothing was written.</summary>
    public const int InvalidInput = 2;

    /// <summary>The rules cannot all be met; nothing was written.</summary>
    public const int Infeasible = 3;

    /// <summary>No plan within the time limit and infeasibility not proven; nothing was written.</summary>
    public const int NoPlanInTime = 4;
}
