using Twin.Models.City;

namespace Twin.Models.Demo;

/// <summary>
/// Makes register entries for planted trees: size grown from species and age (as measured in
/// <see cref="SurveyYear"/>), and a protection status: about 3% monumental (80 years or older),
/// 10% valuable, a few memorial trees, each protected tree with a score.
/// </summary>
internal sealed class TreeRegister(DistrictFrame frame, Random random)
{
    /// <summary>The year the register's dimensions were measured; the generator never reads the clock.</summary>
    public const int SurveyYear = 2025;

    public const string IdPrefix = "tree-";

    private const int MonumentalAge = 80;
    private static readonly int[] MemorialYears = [1945, 1948, 1980, 2013];

    private int _count;

    public Tree Plant(LocalPoint position, TreeSpecies species, int plantingYear)
    {
        var roll = random.NextDouble();
        var (protection, score) = roll switch
        {
            < 0.03 => (TreeProtection.Monumental, random.Between(70, 100)),
            < 0.13 => (TreeProtection.Valuable, random.Between(40, 69)),
            < 0.1325 => (TreeProtection.Memorial, random.Between(60, 90)),
            _ => (TreeProtection.None, (int?)null),
        };
        var year = protection switch
        {
            TreeProtection.Monumental => Math.Min(plantingYear, SurveyYear - MonumentalAge - random.Between(0, 60)),
            TreeProtection.Valuable => Math.Min(plantingYear, random.Between(1900, 1985)),
            TreeProtection.Memorial => random.Pick(MemorialYears),
            _ => plantingYear,
        };
        var (height, crown, girth) = Size(species, SurveyYear - year);
        return new Tree(
            $"{IdPrefix}{++_count:D6}", species.Name, frame.ToRd(position), height, crown, girth, year, protection, score, TreeDimensionsSource.Measured);
    }

    /// <summary>Height approaches the species' maximum with age; crown follows height; girth grows with age.</summary>
    private (double Height, double Crown, double Girth) Size(TreeSpecies species, int age)
    {
        var grown = 3 + ((species.MaxHeight - 3) * (1 - Math.Exp(-age / 25.0)));
        var height = Math.Clamp(grown * random.Between(0.85, 1.05), 5, 28);
        var crown = Math.Clamp(height * species.CrownRatio * random.Between(0.85, 1.15), 2, 22);
        var girth = Math.Clamp((species.GirthPerYear * age * random.Between(0.8, 1.2)) + 8, 15, 500);
        return (Math.Round(height, 1), Math.Round(crown, 1), Math.Round(girth));
    }
}
