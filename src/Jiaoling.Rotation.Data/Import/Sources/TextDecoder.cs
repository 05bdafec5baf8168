using System.Text;
using System.Text.Unicode;

namespace Jiaoling.Rotation.Data.Import.Sources;

/// <summary>
/// Turns a file's bytes into text as the contract says: UTF-8 with or without BOM, and GB18030 for a file
/// that is not valid UTF-8 (Excel on Chinese Windows saves CSV so).
/// </summary>
internal static class TextDecoder
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Gb18030 => Encoding.GetEncoding("GB18030");

    public static string Decode(byte[] bytes)
    {
        var span = bytes.AsSpan();
        if (span.StartsWith(Bom))
        {
            span = span[Bom.Length..];
        }
        return Utf8.IsValid(span) ? Encoding.UTF8.GetString(span) : Gb18030.GetString(bytes);
    }
}
