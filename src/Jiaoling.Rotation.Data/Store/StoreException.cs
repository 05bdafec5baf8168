namespace Jiaoling.Rotation.Data.Store;

/// <summary>A store failure with a message for the user (Chinese, one sentence, saying what to do).</summary>
public sealed class StoreException(string message, Exception? inner = null) : Exception(message, inner);
