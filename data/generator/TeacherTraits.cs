using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Generator;

/// <summary>The distributions of a teacher's traits, by age, stage and where the school is.</summary>
internal static class TeacherTraits
{
    public static Title Title(Random random, int age) => age switch
    {
        < 26 => random.NextDouble() < 0.6 ? Domain.Title.Second : Domain.Title.None,
        < 36 => random.NextDouble() < 0.55 ? Domain.Title.First : Domain.Title.Second,
        < 46 => random.NextDouble() < 0.35 ? Domain.Title.Senior : Domain.Title.First,
        _ => random.NextDouble() < 0.02 ? Domain.Title.Professor
            : random.NextDouble() < 0.55 ? Domain.Title.Senior : Domain.Title.First,
    };

    public static BackboneLevel Backbone(Random random, Area area, int age)
    {
        var p = area switch { Area.Urban => 0.26, Area.Town => 0.05, _ => 0.005 };
        if (age < 28 || random.NextDouble() >= p)
        {
            return BackboneLevel.None;
        }
        var level = random.NextDouble();
        return level < 0.6 ? BackboneLevel.County
            : level < 0.9 ? BackboneLevel.City
            : level < 0.99 ? BackboneLevel.Province
            : BackboneLevel.National;
    }

    public static Education Education(Random random, Stage stage, Area area, int age)
    {
        var x = random.NextDouble() + (area switch { Area.Urban => 0.25, Area.Town => 0.1, _ => 0 }) - (age > 50 ? 0.2 : 0);
        return stage == Stage.Primary
            ? x switch
            {
                < 0.1 => Domain.Education.Secondary,
                < 0.5 => Domain.Education.Associate,
                < 1.18 => Domain.Education.Bachelor,
                _ => Domain.Education.Master,
            }
            : x switch
            {
                < 0.02 => Domain.Education.Secondary,
                < 0.25 => Domain.Education.Associate,
                < 1.12 => Domain.Education.Bachelor,
                _ => Domain.Education.Master,
            };
    }

    public static StaffType StaffType(Random random, Area area)
    {
        var x = random.NextDouble();
        return area switch
        {
            Area.Rural when x < 0.12 => Domain.StaffType.SpecialPost,
            Area.Rural when x < 0.16 => Domain.StaffType.Substitute,
            Area.Town when x < 0.05 => Domain.StaffType.SpecialPost,
            Area.Town when x < 0.07 => Domain.StaffType.Substitute,
            _ when x > 0.95 => Domain.StaffType.Contract,
            _ => Domain.StaffType.Regular,
        };
    }

    public static Exemption Exemption(Random random, bool female, int age)
    {
        var x = random.NextDouble();
        return x switch
        {
            < 0.02 when female && age < 40 => Domain.Exemption.Pregnancy,
            < 0.05 when female && age < 40 => Domain.Exemption.Nursing,
            > 0.99 => Domain.Exemption.Illness,
            > 0.98 => Domain.Exemption.Other,
            _ => Domain.Exemption.None,
        };
    }

    public static Willingness Willing(Random random)
    {
        var x = random.NextDouble();
        return x < 0.25 ? Willingness.Yes : x < 0.45 ? Willingness.No : Willingness.Unknown;
    }
}
