using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Twin.Models.Geo;

/// <summary>
/// The identity of a tile grain: <c>{scenario}/{level}/{x}/{y}</c>. Built and parsed only here.
/// </summary>
[GenerateSerializer, Immutable, Alias("twin.geo.tile-key")]
public readonly record struct TileKey([property: Id(0)] string Scenario, [property: Id(1)] TileAddress Address)
{
    /// <summary>The scenario id of the baseline: the city as imported.</summary>
    public const string BaseScenario = "base";

    public static TileKey Base(TileAddress address) => new(BaseScenario, address);

    public override string ToString() => $"{Scenario}/{Address.Level}/{Address.X}/{Address.Y}";

    public static TileKey Parse(string value) =>
        TryParse(value, out var key) ? key : throw new FormatException($"'{value}' is not a tile key of the form scenario/level/x/y.");

    public static bool TryParse(string? value, [NotNullWhen(true)] out TileKey key)
    {
        key = default;
        var parts = value?.Split('/');
        if (parts is not { Length: 4 } || !ScenarioId.IsValid(parts[0]))
        {
            return false;
        }

        if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var level)
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var x)
            || !int.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var y))
        {
            return false;
        }

        var address = new TileAddress(level, x, y);
        if (!address.IsValid)
        {
            return false;
        }

        key = new TileKey(parts[0], address);
        return true;
    }
}
