using Jiaoling.Rotation.Domain.Metrics;

namespace Jiaoling.Rotation.Domain.Tests.Metrics;

public class WeightedCvTests
{
    [Fact]
    public void Policy_brief_books_example_gives_cv_0_5153()
    {
        int[] students = [45, 37, 89, 76, 55];
        int[] books = [279, 137, 935, 160, 402];

        var result = WeightedCv.Of(students.Zip(books, (p, b) => ((double)p, (double)b / p)));

        Assert.Equal(6.3344, result.Mean, 4);
        Assert.Equal(3.2639, result.StandardDeviation, 4);
        Assert.Equal(0.5153, result.Cv!.Value, 4);
    }

    [Fact]
    public void Cv_is_null_when_the_mean_is_zero()
    {
        var result = WeightedCv.Of([(10.0, 0.0), (20.0, 0.0)]);

        Assert.Null(result.Cv);
    }

    [Fact]
    public void Equal_values_have_cv_zero()
    {
        var result = WeightedCv.Of([(10.0, 3.0), (30.0, 3.0)]);

        Assert.Equal(0.0, result.Cv);
    }
}
