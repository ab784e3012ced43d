using Twin.Models.City;

namespace Twin.Models.Tiles;

/// <summary>The linear RGBA vertex colours of a building's surfaces: walls (and the ground face), and roofs.</summary>
internal readonly record struct SurfaceColors(uint Wall, uint Roof)
{
    public uint For(BuildingSurface surface) => surface == BuildingSurface.Roof ? Roof : Wall;
}
