using Twin.Models.City;

namespace Twin.Models.Import;

/// <summary>
/// The size of a tree whose register records no dimensions, from its age. This is a generic estimate
/// for broad-leaved urban trees, not a species-specific growth model: height approaches 26 m along
/// 4 + 22·(1 − e^(−age/35)) m (a young planted tree is about 4 m tall; most urban trees level off between
/// 20 and 30 m), the crown is 0.65 times the height wide, and the trunk grows about 2.5 cm in
/// circumference a year (at least the 10 cm of a planted tree, at most 500 cm). Without a planting year a
/// tree gets a default size of 10 m height and a 6 m crown, and no trunk circumference.
/// </summary>
internal static class TreeGrowthCurve
{
    public const double PlantedHeight = 4;
    public const double HeightGain = 22;
    public const double GrowthYears = 35;
    public const double CrownToHeight = 0.65;
    public const double TrunkGrowthPerYear = 2.5;
    public const double PlantedTrunk = 10;
    public const double MaxTrunk = 500;
    public const double DefaultHeight = 10;
    public const double DefaultCrown = 6;

    public static double Height(double age) => PlantedHeight + (HeightGain * (1 - Math.Exp(-Math.Max(age, 0) / GrowthYears)));

    public static double Crown(double height) => CrownToHeight * height;

    public static double Trunk(double age) => Math.Clamp(TrunkGrowthPerYear * age, PlantedTrunk, MaxTrunk);

    /// <summary>The estimated size for a planting year (a year after the reference year counts as age 0).</summary>
    public static TreeDimensions Estimate(int? plantingYear, int referenceYear)
    {
        if (plantingYear is not { } year)
        {
            return new TreeDimensions(DefaultHeight, DefaultCrown, null, TreeDimensionsSource.Default);
        }

        var age = Math.Max(referenceYear - year, 0);
        var height = Height(age);
        return new TreeDimensions(height, Crown(height), Trunk(age), TreeDimensionsSource.EstimatedFromAge);
    }
}
