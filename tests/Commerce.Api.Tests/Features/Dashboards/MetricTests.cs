using Commerce.Api.Features.Dashboards;

namespace Commerce.Api.Tests.Features.Dashboards;

public sealed class MetricTests
{
    [Theory]
    [InlineData(115, 100, 15.0)]
    [InlineData(90, 120, -25.0)]
    [InlineData(2, 3, -33.33)]
    [InlineData(1, 3, -66.67)]
    [InlineData(100, 100, 0.0)]
    public void GrowthPercent_IsTheChangeOverThePreviousFigure_RoundedToTwoDecimals(long value, long previous, double expected) =>
        Assert.Equal(expected, new Metric(value, previous).GrowthPercent);

    [Fact]
    public void GrowthPercent_IsNull_WhenThePreviousFigureIsZeroOrMissing()
    {
        Assert.Null(new Metric(10, 0).GrowthPercent);
        Assert.Null(new Metric(10, null).GrowthPercent);
    }
}
