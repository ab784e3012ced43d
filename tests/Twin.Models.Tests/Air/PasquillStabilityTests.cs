using Twin.Models.Air;

namespace Twin.Models.Tests.Air;

public sealed class PasquillStabilityTests
{
    [Theory]
    [InlineData(7, Insolation.Moderate, StabilityClass.D)] // De Visscher, Example 2.1
    [InlineData(1.5, Insolation.Strong, StabilityClass.A)]
    [InlineData(1.5, Insolation.Slight, StabilityClass.B)]
    [InlineData(2.5, Insolation.Moderate, StabilityClass.B)]
    [InlineData(4, Insolation.Slight, StabilityClass.C)]
    [InlineData(5.5, Insolation.Slight, StabilityClass.D)]
    [InlineData(8, Insolation.Strong, StabilityClass.C)]
    public void Daytime_TableCell_Class(double windSpeed, Insolation insolation, StabilityClass expected) =>
        Assert.Equal(expected, PasquillStability.Daytime(windSpeed, insolation));

    [Theory]
    [InlineData(2.5, 2, StabilityClass.F)]
    [InlineData(2.5, 5, StabilityClass.E)]
    [InlineData(4, 2, StabilityClass.E)]
    [InlineData(4, 5, StabilityClass.D)]
    [InlineData(7, 0, StabilityClass.D)]
    [InlineData(1, 8, StabilityClass.D)]
    public void Night_TableCell_Class(double windSpeed, double oktas, StabilityClass expected) =>
        Assert.Equal(expected, PasquillStability.Night(windSpeed, oktas));
}
