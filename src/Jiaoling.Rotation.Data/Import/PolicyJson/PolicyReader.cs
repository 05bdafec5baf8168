using System.Text;
using System.Text.Json;
using Jiaoling.Rotation.Data.Import.Sources;
using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Data.Import.PolicyJson;

/// <summary>
/// Reads policy.json: the contract's keys with their types and ranges, and the project's own
/// <c>objectives</c> and <c>demand_norms</c> objects (docs/policy.md). Missing keys keep the defaults;
/// unknown keys are warnings.
/// </summary>
internal static class PolicyReader
{
    private static readonly JsonReaderOptions ReaderOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true,
    };

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true,
    };

    public static Policy Read(byte[] bytes, ProblemLog log)
    {
        // Decoding first drops a BOM and accepts a GB18030 file saved by Notepad like any CSV.
        var text = TextDecoder.Decode(bytes);
        var utf8 = Encoding.UTF8.GetBytes(text);
        JsonKeyLines lines;
        JsonDocument document;
        try
        {
            lines = new JsonKeyLines(utf8, ReaderOptions);
            document = JsonDocument.Parse(utf8, DocumentOptions);
        }
        catch (JsonException e)
        {
            log.Error(JsonValues.File, 1, JsonSyntax.Describe(text, e));
            return new Policy();
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                log.Error(JsonValues.File, 1, "内容应为一个 JSON 对象 { \"键\": 值, ... }");
                return new Policy();
            }
            var values = new JsonValues(lines, log);
            foreach (var (path, line, first) in lines.Repeats())
            {
                log.Error(JsonValues.File, line, $"键 {path} 重复，首次出现在第 {first} 行");
            }
            var policy = new Policy();
            foreach (var (path, property) in values.Properties("", document.RootElement))
            {
                policy = PolicyKeys.Apply(policy, path, property.Value, values);
            }
            NoticeDatesCheck.Check(policy, values);
            return policy;
        }
    }
}
