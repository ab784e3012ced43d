using System.Diagnostics.CodeAnalysis;
using Twin.Models.Geo;
using Twin.Models.Results;

namespace Twin.Grains.Tiles;

/// <summary>
/// The identity of a tile's rendered content: <c>{dataset}|{scenario}/{level}/{x}/{y}|{layer}</c>
/// (layer empty for plain content). A tileset is the same with no address: <c>{dataset}|{scenario}|{layer}</c>.
/// Built and parsed only here.
/// </summary>
[GenerateSerializer, Immutable, Alias("twin.tiles.tile-content-key")]
public readonly record struct TileContentKey(
    [property: Id(0)] string Dataset,
    [property: Id(1)] string Scenario,
    [property: Id(2)] TileAddress? Address,
    [property: Id(3)] string? Layer)
{
    public TileKey? TileKey => Address is { } address ? new TileKey(Scenario, address) : null;

    public override string ToString() =>
        Address is { } address
            ? $"{Dataset}|{new TileKey(Scenario, address)}|{Layer}"
            : $"{Dataset}|{Scenario}|{Layer}";

    public static TileContentKey Parse(string value) =>
        TryParse(value, out var key) ? key : throw new FormatException($"'{value}' is not a tile content key of the form dataset|scenario[/level/x/y]|layer.");

    public static bool TryParse(string? value, [NotNullWhen(true)] out TileContentKey key)
    {
        key = default;
        var parts = value?.Split('|');
        if (parts is not { Length: 3 } || parts[0].Length == 0)
        {
            return false;
        }

        var layer = parts[2].Length == 0 ? null : parts[2];
        if (layer is not null && !ResultLayerId.IsValid(layer))
        {
            return false;
        }

        if (ScenarioId.IsValid(parts[1]))
        {
            key = new TileContentKey(parts[0], parts[1], null, layer);
            return true;
        }

        if (!Models.Geo.TileKey.TryParse(parts[1], out var tile))
        {
            return false;
        }

        key = new TileContentKey(parts[0], tile.Scenario, tile.Address, layer);
        return true;
    }
}
