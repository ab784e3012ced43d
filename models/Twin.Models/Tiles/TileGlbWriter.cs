using Twin.Models.City;
using Twin.Models.Geo;

namespace Twin.Models.Tiles;

/// <summary>
/// Writes the glb of one tile of the RD New quadtree (<see cref="TilingScheme"/>) for 3D Tiles 1.1: buildings as
/// closed LOD1 solids (at full detail their LOD2 surfaces, when the import carried them), streets as ribbons, utility lines as tubes, sensors as markers, trees as GPU instances,
/// and a ground surface, in the tile's <see cref="TileFrame"/>. Every feature carries its entity id through
/// EXT_mesh_features / EXT_instance_features and its attributes through EXT_structural_metadata.
/// </summary>
/// <remarks>
/// The writer clips nothing: an entity belongs to the tile that holds its anchor at the tile's level, and
/// entities outside the tile are ignored, so callers may pass a superset (for a coarse tile, the union of its
/// level-10 descendants). Bad footprints are repaired or skipped and listed in <see cref="TileGlb.Issues"/>;
/// they never fail a tile.
/// </remarks>
public static class TileGlbWriter
{
    public static TileGlb Write(TileAddress address, CitySet content, TileDetail detail, ResultLayer? layer = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(detail);
        var scene = new TileContentBuilder(address, content, detail, layer).Build();
        return GlbAssembler.Assemble(scene);
    }
}
