using System.Diagnostics;
using System.Globalization;
using System.Xml.Linq;

namespace Jiaoling.Rotation.Notices.Tests.Builders;

/// <summary>
/// Reads a PDF with poppler-utils: its page count (pdfinfo), its text (pdftotext), where each word of a
/// page stands (pdftotext -bbox) and the rows of a page drawn as a long red line (pdftoppm at 72 dpi,
/// so a pixel row is a point from the top of the page, like the words' coordinates).
/// </summary>
internal static class Poppler
{
    public static int Pages(string pdf) => int.Parse(Info(pdf, "Pages:"), CultureInfo.InvariantCulture);

    /// <summary>The first page's size as pdfinfo prints it, e.g. "595.276 x 841.89 pts (A4)".</summary>
    public static string PageSize(string pdf) => Info(pdf, "Page size:");

    public static string Text(string pdf) => Run("pdftotext", "-enc", "UTF-8", pdf, "-");

    public static string PageText(string pdf, int page) =>
        Run("pdftotext", "-enc", "UTF-8", "-f", Str(page), "-l", Str(page), pdf, "-");

    /// <summary>The words of a page with the top and bottom of each, in points from the top of the page.</summary>
    public static IReadOnlyList<(string Text, double Top, double Bottom)> Words(string pdf, int page)
    {
        var xhtml = XDocument.Parse(Run("pdftotext", "-enc", "UTF-8", "-bbox", "-f", Str(page), "-l", Str(page), pdf, "-"));
        return xhtml.Descendants().Where(e => e.Name.LocalName == "word")
            .Select(w => (w.Value, Number(w, "yMin"), Number(w, "yMax")))
            .ToList();
    }

    /// <summary>The pixel rows (points from the top) in which a run of red pixels spans more than half the page width.</summary>
    public static IReadOnlyList<int> RedLineRows(string pdf, int page)
    {
        var ppm = RunBytes("pdftoppm", "-f", Str(page), "-l", Str(page), "-r", "72", pdf);
        var (width, height, start) = PpmHeader(ppm);
        var rows = new List<int>();
        for (var y = 0; y < height; y++)
        {
            int run = 0, longest = 0;
            for (var x = 0; x < width; x++)
            {
                var i = start + (y * width + x) * 3;
                run = ppm[i] > 180 && ppm[i + 1] < 90 && ppm[i + 2] < 90 ? run + 1 : 0;
                longest = Math.Max(longest, run);
            }
            if (longest > width / 2)
            {
                rows.Add(y);
            }
        }
        return rows;
    }

    /// <summary>A binary PPM (P6) header: width, height, and where the pixels start.</summary>
    private static (int Width, int Height, int Start) PpmHeader(byte[] ppm)
    {
        var fields = new List<int>();
        var i = 2;
        while (fields.Count < 3)
        {
            while (char.IsWhiteSpace((char)ppm[i]))
            {
                i++;
            }
            var from = i;
            while (!char.IsWhiteSpace((char)ppm[i]))
            {
                i++;
            }
            fields.Add(int.Parse(System.Text.Encoding.ASCII.GetString(ppm, from, i - from), CultureInfo.InvariantCulture));
        }
        return (fields[0], fields[1], i + 1);
    }

    private static string Info(string pdf, string field)
    {
        var line = Run("pdfinfo", pdf).Split('\n').First(l => l.StartsWith(field, StringComparison.Ordinal));
        return line[field.Length..].Trim();
    }

    private static double Number(XElement e, string name) => double.Parse(e.Attribute(name)!.Value, CultureInfo.InvariantCulture);

    private static string Str(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Run(string tool, params string[] args) => System.Text.Encoding.UTF8.GetString(RunBytes(tool, args));

    private static byte[] RunBytes(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        using var output = new MemoryStream();
        process.StandardOutput.BaseStream.CopyTo(output);
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return output.ToArray();
    }
}
