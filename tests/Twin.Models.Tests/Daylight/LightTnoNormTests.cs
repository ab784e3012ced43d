using Twin.Models.City;
using Twin.Models.Daylight;
using static Twin.Models.Tests.Daylight.DaylightSamples;

namespace Twin.Models.Tests.Daylight;

/// <summary>The light TNO norm (2 possible sun hours every day, 19 February - 21 October) before and after a proposal.</summary>
public sealed class LightTnoNormTests
{
    private static readonly SunHoursOptions Norm = SunHoursOptions.LightTnoNorm() with { Spacing = 2.5 };

    [Fact]
    public void Compare_TowerSouthOfDwelling_DwellingNewlyFailsAndIsListed()
    {
        var dwelling = Box("dwelling", 0, 0, 5, 5, 6, dwellings: 1);
        var neighbour = Box("neighbour", 60, 0, 5, 5, 6, dwellings: 2);
        var tower = Box("tower", -150, -12, 300, 10, 60, dwellings: 40);

        var before = SunHours.Compute(CitySet.From([dwelling, neighbour]), Norm);
        var after = SunHours.Compute(CitySet.From([dwelling, neighbour, tower]), Norm);
        var comparison = SunHoursComparison.Compare(before, after);

        var alone = before.Buildings.Single(b => b.BuildingId == "dwelling");
        Assert.True(alone.MeetsNorm);
        Assert.True(alone.MinDailyHours >= 2);
        var shaded = after.Buildings.Single(b => b.BuildingId == "dwelling");
        Assert.False(shaded.MeetsNorm);
        Assert.True(shaded.MinDailyHours < 2);
        // Its worst day is at an end of the period, where the Sun is lowest.
        Assert.Contains(shaded.Facades.Where(f => f.HasData).MaxBy(f => f.MinDailyHours)!.WorstDay, new[] { Norm.From, Norm.To, Norm.From.AddDays(1), Norm.To.AddDays(-1) });
        Assert.Contains(comparison.NewlyFailing, b => b.BuildingId == "dwelling" && b.MetNormBefore == true && !b.MeetsNormAfter);
        Assert.Contains(comparison.Facades, f => f.BuildingId == "dwelling" && f.Facade == 0 && f.MeanDailyHoursAfter < f.MeanDailyHoursBefore);
        Assert.DoesNotContain(comparison.NewlyFailing, b => b.BuildingId == "tower");
        Assert.Contains(comparison.Buildings, b => b.BuildingId == "tower" && b.IsNew);
    }

    [Fact]
    public void Compare_NewDwellingBehindTower_ListedAsNewFailing()
    {
        var tower = Box("tower", -150, -12, 300, 10, 60, dwellings: 0);
        var newHome = Box("new-home", 0, 0, 5, 5, 6, dwellings: 1);

        var before = SunHours.Compute(CitySet.From([tower]), Norm);
        var after = SunHours.Compute(CitySet.From([tower, newHome]), Norm);
        var comparison = SunHoursComparison.Compare(before, after);

        Assert.Equal(["new-home"], comparison.NewFailing.Select(b => b.BuildingId));
        Assert.Empty(comparison.NewlyFailing);
    }

    [Fact]
    public void Compare_SameCity_NoChanges()
    {
        var city = CitySet.From([Box("a", 0, 0, 5, 5, 6), Box("b", 0, -20, 20, 5, 15)]);

        var result = SunHours.Compute(city, Norm);
        var comparison = SunHoursComparison.Compare(result, result);

        Assert.Empty(comparison.Buildings);
        Assert.Empty(comparison.Facades);
        Assert.Equal(0, comparison.NewlyFailingDwellings);
    }
}
