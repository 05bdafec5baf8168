using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Data.Store;

/// <summary>Turns a stored code back into its enumeration value; an unknown code means a corrupt row.</summary>
internal static class StoredCode
{
    public static T Parse<T>(CodeTable<T> table, string code, string column) where T : struct, Enum =>
        table.TryParse(code, out var value)
            ? value
            : throw new StoreException($"数据库列 {column} 中的代码“{code}”无法识别：可用的有 {table.Describe()}。");

    public static Subject Subject(string code) =>
        Enum.TryParse<Subject>(code, ignoreCase: false, out var subject)
            ? subject
            : throw new StoreException($"数据库中的学科代码“{code}”无法识别。");
}
