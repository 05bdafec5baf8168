using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Data.Tests.Import;

/// <summary>Compares datasets record by record, lists element by element (records compare lists by reference).</summary>
internal static class DatasetAssert
{
    public static void Equal(Dataset expected, Dataset actual)
    {
        Assert.Equal(expected.Schools, actual.Schools);
        Assert.Equal(expected.Teachers.Count, actual.Teachers.Count);
        foreach (var (e, a) in expected.Teachers.Zip(actual.Teachers))
        {
            Assert.Equal(e.OtherSubjects, a.OtherSubjects);
            Assert.Equal(e with { OtherSubjects = [] }, a with { OtherSubjects = [] });
        }
        Assert.Equal(expected.Demand is null, actual.Demand is null);
        Assert.Equal(expected.Demand ?? [], actual.Demand ?? []);
        Assert.Equal(expected.Distances, actual.Distances);
        Assert.Equal(expected.Decisions, actual.Decisions);
        PolicyEqual(expected.Policy, actual.Policy);
    }

    public static void PolicyEqual(Policy expected, Policy actual)
    {
        Assert.Equal(expected.Objectives.Order, actual.Objectives.Order);
        Assert.Equal(expected.Objectives with { Order = [] }, actual.Objectives with { Order = [] });
        Assert.Equal(expected.DemandNorms.WeeklyLoad, actual.DemandNorms.WeeklyLoad);
        foreach (var stage in expected.DemandNorms.PeriodsPerClass.Keys)
        {
            Assert.Equal(expected.DemandNorms.PeriodsPerClass[stage], actual.DemandNorms.PeriodsPerClass[stage]);
        }
        // Lists and dictionaries were compared above; the same instances on both sides compare the rest.
        var (weights, norms) = (new ObjectiveWeights(), DemandNorms.Default);
        Assert.Equal(expected with { Objectives = weights, DemandNorms = norms }, actual with { Objectives = weights, DemandNorms = norms });
    }
}
