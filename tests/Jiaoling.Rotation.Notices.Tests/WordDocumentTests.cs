using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Jiaoling.Rotation.Notices.Tests.Builders;

namespace Jiaoling.Rotation.Notices.Tests;

/// <summary>notices.docx: the plan's document and every notice, readable by a Word library, with the fonts named.</summary>
public sealed class WordDocumentTests
{
    [Fact]
    public async Task The_word_file_opens_with_the_document_and_every_notice_a_page_each()
    {
        using var output = new TempFolder();
        var result = await PlanDocuments.WriteAllAsync(SmallPlan.Input(), output.Path, SmallPlan.Options(), CancellationToken.None);
        Assert.Contains(PlanDocuments.NoticesDocx, result.Files);

        using var document = WordprocessingDocument.Open(output.File(PlanDocuments.NoticesDocx), false);
        var body = document.MainDocumentPart!.Document.Body!;
        var text = string.Concat(body.Descendants<Text>().Select(t => t.Text));
        Assert.Contains("蕉岭县教育局文件", text);
        Assert.Contains("蕉教人〔2027〕7号", text);
        Assert.All(["王芳", "李明", "陈国强", "黄丽"], name => Assert.Contains(name + "同志：", text));
        Assert.All(Enumerable.Range(1, 4), i => Assert.Contains($"附件{i}", text));
        Assert.Contains("请于2027年8月30日到", text);
        Assert.Equal(4, body.Descendants<Break>().Count(b => b.Type?.Value == BreakValues.Page));
        var faces = body.Descendants<RunFonts>().Select(f => f.EastAsia?.Value).Distinct().ToList();
        Assert.Equal(new[] { "仿宋", "方正小标宋简体", "黑体" }.Order(StringComparer.Ordinal), faces.Order(StringComparer.Ordinal));
        Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        var masthead = body.Descendants<Run>().First(r => r.InnerText == "蕉岭县教育局文件");
        Assert.Equal("E60000", masthead.RunProperties!.Color!.Val!.Value);
    }
}
