using System.Text;

namespace Jiaoling.Rotation.Data.Tests.Import;

/// <summary>GB18030, the encoding of CSV files saved by Excel on Chinese Windows.</summary>
internal static class TestEncodings
{
    static TestEncodings() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Gb18030 => Encoding.GetEncoding("GB18030");
}
