namespace Twin.Grains.Tiles;

public enum TileResponseStatus
{
    Ok = 0,

    /// <summary>The client's tag is current: no body.</summary>
    NotModified = 1,

    /// <summary>Unknown scenario or layer, or no content at that address; <see cref="TileResponse.Reason"/> says which.</summary>
    NotFound = 2,
}
