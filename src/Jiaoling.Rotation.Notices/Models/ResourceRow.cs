using Jiaoling.Rotation.Domain.Metrics;

namespace Jiaoling.Rotation.Notices.Models;

/// <summary>A school that item 10 of the county plan asks to have a full-time resource teacher, with its SPED supply before and after.</summary>
public sealed record ResourceRow(string School, int Students, string Before, string After, string Verdict)
{
    public static IReadOnlyList<ResourceRow> Build(RenderInput input)
    {
        var after = ResourceTeachers.Of(input.County, input.After).ToDictionary(r => r.School.Id);
        return ResourceTeachers.Of(input.County, input.Before)
            .Select(b => new ResourceRow(b.School.Name, b.SpecialNeedsStudents, Format.Fte(b.Supplied), Format.Fte(after[b.School.Id].Supplied),
                after[b.School.Id].Compliant ? "达标" : "未达标"))
            .ToList();
    }
}
