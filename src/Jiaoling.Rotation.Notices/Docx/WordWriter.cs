using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Jiaoling.Rotation.Notices.Docx;

/// <summary>
/// Writes a Word document (.docx) paragraph by paragraph on A4 with the notices' margins (GB/T 9704's
/// 156 mm type area): text in a given face, alignment and indents, rules, tables and page breaks.
/// Child elements are added in the order the schema requires, or Word reports the file as damaged.
/// </summary>
internal sealed class WordWriter : IDisposable
{
    private readonly WordprocessingDocument _document;
    private readonly Body _body;

    public WordWriter(string path)
    {
        _document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = _document.AddMainDocumentPart();
        main.Document = new Document(new Body());
        _body = main.Document.Body!;
    }

    /// <summary>
    /// A paragraph; <paramref name="indentChars"/> indents its first line and <paramref name="rightChars"/>
    /// keeps it off the right margin, in characters; <paramref name="rules"/> draws lines above or below it.
    /// </summary>
    public void Text(string text, WordFonts font, JustificationValues? align = null, int indentChars = 0, int rightChars = 0,
        double spaceBeforeMm = 0, ParagraphBorders? rules = null)
    {
        var properties = new ParagraphProperties();
        if (rules is not null)
        {
            properties.Append(rules);
        }
        properties.Append(
            new SpacingBetweenLines { Before = Twips(spaceBeforeMm).ToString(CultureInfo.InvariantCulture), After = "0" },
            new Indentation { FirstLineChars = indentChars * 100, RightChars = rightChars * 100 });
        if (align is { } a)
        {
            properties.Append(new Justification { Val = a });
        }
        _body.Append(new Paragraph(properties, Run(text, font)));
    }

    /// <summary>A line under a paragraph, <paramref name="eighthPoints"/> thick (8 = 1 pt).</summary>
    public static ParagraphBorders Below(string color, uint eighthPoints) =>
        new(new BottomBorder { Val = BorderValues.Single, Color = color, Size = eighthPoints, Space = 4 });

    /// <summary>Black lines above and, when <paramref name="below"/> is set, under a paragraph (the colophon's rules).</summary>
    public static ParagraphBorders Around(uint above, uint? below = null)
    {
        var borders = new ParagraphBorders(new TopBorder { Val = BorderValues.Single, Color = "000000", Size = above, Space = 1 });
        if (below is { } size)
        {
            borders.Append(new BottomBorder { Val = BorderValues.Single, Color = "000000", Size = size, Space = 1 });
        }
        return borders;
    }

    /// <summary>A full-width table of text cells with single borders; a row's last cell spans the columns the row lacks.</summary>
    public void Table(IReadOnlyList<IReadOnlyList<string>> rows, WordFonts font)
    {
        var columns = rows.Max(r => r.Count);
        var borders = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
            new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        // The grid shares the 156 mm type area evenly; Word widens a column to its text when it opens the file.
        var grid = new TableGrid(Enumerable.Range(0, columns)
            .Select(_ => new GridColumn { Width = (Twips(156) / columns).ToString(CultureInfo.InvariantCulture) }));
        var table = new Table(new TableProperties(new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" }, borders), grid);
        foreach (var row in rows)
        {
            table.Append(new TableRow(row.Select((text, i) =>
            {
                var cell = new TableCell();
                if (i == row.Count - 1 && row.Count < columns)
                {
                    cell.Append(new TableCellProperties(new GridSpan { Val = columns - row.Count + 1 }));
                }
                cell.Append(new Paragraph(Run(text, font)));
                return cell;
            })));
        }
        _body.Append(table);
    }

    public void PageBreak() => _body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));

    public void Dispose()
    {
        _body.Append(new SectionProperties(
            new PageSize { Width = 11906, Height = 16838 },
            new PageMargin { Top = Twips(25), Bottom = Twips(20), Left = (uint)Twips(28), Right = (uint)Twips(26) }));
        _document.Dispose();
    }

    private static Run Run(string text, WordFonts font)
    {
        var properties = new RunProperties(new RunFonts
        {
            Ascii = "Times New Roman", HighAnsi = "Times New Roman", EastAsia = font.Face, Hint = FontTypeHintValues.EastAsia,
        });
        if (font.Bold)
        {
            properties.Append(new Bold());
        }
        if (font.Color is { } color)
        {
            properties.Append(new Color { Val = color });
        }
        properties.Append(new FontSize { Val = ((int)(font.Points * 2)).ToString(CultureInfo.InvariantCulture) });
        return new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }

    private static int Twips(double mm) => (int)Math.Round(mm * 1440 / 25.4);
}
