using System.Text.RegularExpressions;
using Twin.Models.City;
using Twin.Models.Demo;

namespace Twin.Models.Tests.Demo;

public sealed partial class DemoDistrictValidityTests
{
    [Fact]
    public void Generate_Stationsgebied_EveryEntityValid()
    {
        var problems = DemoSets.Stationsgebied.All()
            .SelectMany(e => CityValidation.Validate(e).Select(p => $"{e.Id}: {p}"))
            .Take(10)
            .ToList();

        Assert.Empty(problems);
    }

    [Fact]
    public void Generate_City_SampleOfEveryKindValid()
    {
        var set = DemoSets.City;
        var sample = set.Buildings.Where((_, i) => i % 10 == 0).Cast<ICityEntity>()
            .Concat(set.StreetSegments.Where((_, i) => i % 10 == 0))
            .Concat(set.Trees.Where((_, i) => i % 10 == 0))
            .Concat(set.UtilityLines.Where((_, i) => i % 10 == 0))
            .Concat(set.Sensors)
            .ToList();

        var problems = sample.SelectMany(e => CityValidation.Validate(e).Select(p => $"{e.Id}: {p}")).Take(10).ToList();

        Assert.True(sample.Count > 10_000, $"sample of {sample.Count}");
        Assert.Empty(problems);
    }

    [Theory]
    [InlineData(DemoScale.Stationsgebied)]
    [InlineData(DemoScale.City)]
    public void Generate_AnyScale_IdsUniquePerKind(DemoScale scale)
    {
        var set = DemoSets.Of(scale);

        foreach (var kind in set.All().GroupBy(e => e.Kind))
        {
            var duplicates = kind.GroupBy(e => e.Id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).Take(5).ToList();
            Assert.True(duplicates.Count == 0, $"{kind.Key}: duplicate ids {string.Join(", ", duplicates)}");
        }
    }

    [Theory]
    [InlineData(DemoScale.Stationsgebied)]
    [InlineData(DemoScale.City)]
    public void Generate_AnyScale_IdsInStatedFormats(DemoScale scale)
    {
        var set = DemoSets.Of(scale);

        AssertAll(set.Buildings.Select(b => b.Id), BagPandId());
        AssertAll(set.StreetSegments.Select(s => s.Id), Prefixed("seg-"));
        AssertAll(set.StreetSegments.SelectMany(s => new[] { s.FromNode, s.ToNode }), NodeId());
        AssertAll(set.Trees.Select(t => t.Id), Prefixed("tree-"));
        AssertAll(set.UtilityLines.Select(u => u.Id), Prefixed("util-"));
        AssertAll(set.Sensors.Select(s => s.Id), Prefixed("sensor-"));
    }

    private static void AssertAll(IEnumerable<string> ids, Regex format)
    {
        var wrong = ids.Where(id => !format.IsMatch(id)).Take(5).ToList();
        Assert.True(wrong.Count == 0, $"ids not matching {format}: {string.Join(", ", wrong)}");
    }

    private static Regex Prefixed(string prefix) => new($"^{Regex.Escape(prefix)}[a-z0-9-]+$", RegexOptions.CultureInvariant);

    /// <summary>BAG pand id of Hilversum: municipality code 0402, then 12 more digits (16 in all).</summary>
    [GeneratedRegex(@"^NL\.IMBAG\.Pand\.0402\d{12}$", RegexOptions.CultureInvariant)]
    private static partial Regex BagPandId();

    [GeneratedRegex(@"^(node|edge)-[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex NodeId();
}
