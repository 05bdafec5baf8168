using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Notices.Models;

/// <summary>Unmet demand per subject and school type (城区, 镇区, 乡村), before and after, for the subjects with any.</summary>
internal static class UnmetTable
{
    public static IReadOnlyList<UnmetRow> Build(RenderInput input)
    {
        var schools = input.County.Schools;
        decimal Sum(IReadOnlyDictionary<DemandKey, decimal> unmet, Subject subject, Area? area) => unmet
            .Where(kv => kv.Key.Subject == subject && (area is null || schools[kv.Key.School].Area == area))
            .Sum(kv => kv.Value);
        ValueChange Cell(Subject subject, Area? area)
        {
            var before = Sum(input.Before.Unmet, subject, area);
            var after = Sum(input.After.Unmet, subject, area);
            return new ValueChange("", area is { } a ? Codes.Area.Label(a) : "合计", Format.Fte(before), Format.Fte(after),
                ValueChange.TrendOf((double)before, (double)after, moreIsBetter: false));
        }
        return Codes.Subject.Values
            .Where(s => Sum(input.Before.Unmet, s, null) > 0 || Sum(input.After.Unmet, s, null) > 0)
            .Select(s => new UnmetRow(
                Format.Subject(s),
                Codes.ShortageSubjects.Contains(s) ? "紧缺" : "",
                Codes.Area.Values.Select(a => Cell(s, a)).ToList(),
                Cell(s, null)))
            .ToList();
    }
}
