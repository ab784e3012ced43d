using System.Collections.Immutable;

namespace Twin.Models.Tiles;

/// <summary>
/// Maps a result value to a colour: colour stops spread evenly over [<see cref="Min"/>, <see cref="Max"/>],
/// values outside clamp to the ends. Sequential ramps run light to dark (viridis-like, readable on a
/// projector); diverging ramps run blue - light - red around the middle of the range.
/// </summary>
public sealed record ColorRamp(double Min, double Max, ImmutableArray<TileColor> Stops)
{
    /// <summary>Features of the layer's kind without a value.</summary>
    public static TileColor NoData { get; } = TileColor.Hex("#9e9e9e");

    public static ColorRamp Sequential(double min, double max) =>
        new(min, max, [TileColor.Hex("#fde725"), TileColor.Hex("#5ec962"), TileColor.Hex("#21918c"), TileColor.Hex("#3b528b"), TileColor.Hex("#440154")]);

    public static ColorRamp Diverging(double min, double max) =>
        new(min, max, [TileColor.Hex("#2166ac"), TileColor.Hex("#92c5de"), TileColor.Hex("#f7f7f7"), TileColor.Hex("#f4a582"), TileColor.Hex("#b2182b")]);

    public TileColor ColorAt(double value)
    {
        if (Stops.IsDefaultOrEmpty)
        {
            return NoData;
        }

        if (!double.IsFinite(value))
        {
            return NoData;
        }

        var t = Max > Min ? Math.Clamp((value - Min) / (Max - Min), 0, 1) : 0.5;
        var position = t * (Stops.Length - 1);
        var i = Math.Min((int)position, Stops.Length - 2);
        return Stops.Length == 1 ? Stops[0] : TileColor.Mix(Stops[i], Stops[i + 1], position - i);
    }
}
