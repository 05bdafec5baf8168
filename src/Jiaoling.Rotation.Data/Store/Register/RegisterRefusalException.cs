namespace Jiaoling.Rotation.Data.Store.Register;

/// <summary>
/// A publication or rollover the register refuses (Chinese, saying why and what would be valid): nothing was
/// written. The command line answers it with exit 2, the portal with 409.
/// </summary>
public sealed class RegisterRefusalException(string message) : Exception(message);
