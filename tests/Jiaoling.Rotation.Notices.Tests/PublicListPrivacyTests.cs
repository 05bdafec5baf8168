using Jiaoling.Rotation.Data.Import;
using Jiaoling.Rotation.Domain;
using Jiaoling.Rotation.Notices.Tests.Builders;

namespace Jiaoling.Rotation.Notices.Tests;

/// <summary>The public list (公示名单) prints only fields the contract marks P.</summary>
public sealed class PublicListPrivacyTests
{
    [Theory]
    [InlineData("tests/fixtures/contract-example")]
    [InlineData("data/sample-county")]
    public async Task Public_list_of_a_county_holds_no_id_number_birth_date_or_exemption(string dataset)
    {
        var county = County.Create(DatasetReader.Read(RepoPaths.Combine(dataset.Split('/'))).Dataset!);
        var plan = HandPlan.For(county);
        using var output = new TempFolder();
        await PlanDocuments.WriteAllAsync(RenderInput.Measure(county, plan, SmallPlan.Solver), output.Path,
            SmallPlan.Options(), CancellationToken.None);
        var list = output.Read("public-list.html");
        var listed = plan.Assignments.Select(a => county.Teachers[a.TeacherId]).Distinct().ToList();
        Assert.All(listed, t => Assert.Contains(t.Name, list));
        foreach (var t in county.Teachers.Values)
        {
            Assert.DoesNotContain(t.Id.Value, list);
            if (t.IdNumber is { } idNumber)
            {
                Assert.DoesNotContain(idNumber, list);
            }
            Assert.DoesNotContain(t.BirthDate.ToString("yyyy-MM-dd"), list);
            Assert.DoesNotContain($"{t.BirthDate.Year}年{t.BirthDate.Month}月{t.BirthDate.Day}日", list);
        }
        foreach (var exemption in Codes.Exemption.Values.Where(e => e != Exemption.None))
        {
            Assert.DoesNotContain(Codes.Exemption.Label(exemption), list);
        }
    }

    [Fact]
    public async Task No_document_prints_a_birth_date_or_an_exemption()
    {
        using var output = new TempFolder();
        var input = SmallPlan.Input();
        await PlanDocuments.WriteAllAsync(input, output.Path, SmallPlan.Options(), CancellationToken.None);
        foreach (var document in output.HtmlFiles())
        {
            var html = output.Read(document);
            Assert.DoesNotContain("1980年1月1日", html);
            Assert.DoesNotContain("1980-01-01", html);
            Assert.DoesNotContain(Codes.Exemption.Label(Exemption.Nursing), html);
        }
    }
}
