using Twin.Models.City;
using Twin.Models.Demo;

namespace Twin.Models.Tests.Demo;

public sealed class DemoDistrictDeterminismTests
{
    [Fact]
    public void Generate_SameOptionsTwice_GivesEqualEntities()
    {
        var options = new DemoOptions { Seed = 11 };

        var first = DemoDistrict.Generate(options);
        var second = DemoDistrict.Generate(options with { });

        AssertEqualEntities(first, second);
    }

    [Fact]
    public void Generate_CityScaleTwice_GivesEqualEntities()
    {
        var again = DemoDistrict.Generate(new DemoOptions { Scale = DemoScale.City });

        AssertEqualEntities(DemoSets.City, again);
    }

    [Fact]
    public void Generate_DifferentSeed_GivesDifferentDistrict()
    {
        var other = DemoDistrict.Generate(new DemoOptions { Seed = DemoOptions.DefaultSeed + 1 });

        Assert.NotEqual(DemoSets.Stationsgebied.Buildings.AsEnumerable(), other.Buildings.AsEnumerable());
        Assert.NotEqual(DemoSets.Stationsgebied.Trees.AsEnumerable(), other.Trees.AsEnumerable());
        Assert.NotEqual(DemoSets.Stationsgebied.StreetSegments.AsEnumerable(), other.StreetSegments.AsEnumerable());
    }

    [Fact]
    public void DemoOptions_Default_IsSeed2026AtStationsgebiedScale()
    {
        var options = new DemoOptions();

        Assert.Equal(2026, options.Seed);
        Assert.Equal(DemoScale.Stationsgebied, options.Scale);
        Assert.Equal(options, DemoOptions.Default);
    }

    private static void AssertEqualEntities(CitySet expected, CitySet actual)
    {
        Assert.Equal(expected.Counts, actual.Counts);
        Assert.Equal(expected.Buildings.AsEnumerable(), actual.Buildings.AsEnumerable());
        Assert.Equal(expected.StreetSegments.AsEnumerable(), actual.StreetSegments.AsEnumerable());
        Assert.Equal(expected.Sensors.AsEnumerable(), actual.Sensors.AsEnumerable());
        Assert.Equal(expected.Trees.AsEnumerable(), actual.Trees.AsEnumerable());
        Assert.Equal(expected.UtilityLines.AsEnumerable(), actual.UtilityLines.AsEnumerable());
    }
}
