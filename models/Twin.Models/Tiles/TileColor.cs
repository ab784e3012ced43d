using System.Globalization;

namespace Twin.Models.Tiles;

/// <summary>An sRGB colour (0-255 per channel), as a designer names it; glTF stores it linear.</summary>
public readonly record struct TileColor(byte R, byte G, byte B)
{
    public static TileColor Hex(string rgb)
    {
        ArgumentNullException.ThrowIfNull(rgb);
        var value = int.Parse(rgb.AsSpan(rgb.StartsWith('#') ? 1 : 0), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return new TileColor((byte)(value >> 16), (byte)(value >> 8), (byte)value);
    }

    /// <summary>Linear interpolation in sRGB between two colours, t in [0, 1].</summary>
    public static TileColor Mix(TileColor a, TileColor b, double t)
    {
        t = Math.Clamp(t, 0, 1);
        return new TileColor(Lerp(a.R, b.R, t), Lerp(a.G, b.G, t), Lerp(a.B, b.B, t));
    }

    /// <summary>RGBA packed little-endian into a uint (R in the low byte), converted to linear as glTF's COLOR_0 wants.</summary>
    internal uint ToLinearRgba() =>
        (uint)(ToLinear(R) | (ToLinear(G) << 8) | (ToLinear(B) << 16) | (255 << 24));

    /// <summary>Linear RGB in [0, 1], for material base colours.</summary>
    internal System.Numerics.Vector4 ToLinearVector() =>
        new(Linear(R), Linear(G), Linear(B), 1);

    public override string ToString() => $"#{R:x2}{G:x2}{B:x2}";

    private static byte Lerp(byte a, byte b, double t) => (byte)Math.Round(a + ((b - a) * t));

    private static float Linear(byte channel)
    {
        var c = channel / 255.0;
        return (float)(c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4));
    }

    private static int ToLinear(byte channel) => (int)Math.Round(Linear(channel) * 255);
}
