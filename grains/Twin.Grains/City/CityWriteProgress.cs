namespace Twin.Grains.City;

/// <summary>How far a write is: entities written of the total, then tiles updated of the total.</summary>
public sealed record CityWriteProgress(int EntitiesDone, int EntitiesTotal, int TilesDone, int TilesTotal);
