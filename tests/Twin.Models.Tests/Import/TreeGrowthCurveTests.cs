using Twin.Models.City;
using Twin.Models.Geo;
using Twin.Models.Import;

namespace Twin.Models.Tests.Import;

public sealed class TreeGrowthCurveTests
{
    [Fact]
    public void Estimate_NoPlantingYear_DefaultTenMetresWithSixMetreCrown()
    {
        var size = TreeGrowthCurve.Estimate(null, 2025);

        Assert.Equal(new TreeDimensions(10, 6, null, TreeDimensionsSource.Default), size);
    }

    [Fact]
    public void Estimate_OlderTree_TallerWiderThickerUpToALimit()
    {
        var sizes = Enumerable.Range(0, 300).Select(age => TreeGrowthCurve.Estimate(2025 - age, 2025)).ToList();

        Assert.All(sizes, s => Assert.Equal(TreeDimensionsSource.EstimatedFromAge, s.Source));
        Assert.All(sizes.Zip(sizes.Skip(1)), pair =>
        {
            Assert.True(pair.Second.Height >= pair.First.Height);
            Assert.True(pair.Second.CrownDiameter >= pair.First.CrownDiameter);
            Assert.True(pair.Second.TrunkCircumference >= pair.First.TrunkCircumference);
        });
        Assert.InRange(sizes[0].Height, 3, 5);
        Assert.InRange(sizes[^1].Height, 20, 30);
    }

    [Fact]
    public void Estimate_PlantingYearAfterReferenceYear_SizeOfANewTree()
    {
        Assert.Equal(TreeGrowthCurve.Estimate(2025, 2025), TreeGrowthCurve.Estimate(2030, 2025));
    }

    [Fact]
    public void Estimate_AnyAge_TreePassesValidation()
    {
        foreach (var age in new[] { 0, 1, 5, 20, 60, 150, 400, 1000 })
        {
            var size = TreeGrowthCurve.Estimate(2025 - age, 2025);
            var tree = new Tree("t", "Quercus robur", new RdPoint(140_000, 470_000), size.Height, size.CrownDiameter, size.TrunkCircumference, 2025 - age, TreeProtection.None, null, size.Source);

            Assert.Empty(CityValidation.Validate(tree));
        }
    }
}
