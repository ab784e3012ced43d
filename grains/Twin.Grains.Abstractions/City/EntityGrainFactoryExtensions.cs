using Twin.Grains.Tiles;
using Twin.Models.City;
using Twin.Models.Geo;

namespace Twin.Grains.City;

/// <summary>Finds the grain of an entity by kind and id: the one place that maps kinds to grain interfaces.</summary>
public static class EntityGrainFactoryExtensions
{
    public static IEntityGrain<TEntity> GetEntityGrain<TEntity>(this IGrainFactory grains, string id)
        where TEntity : class, ICityEntity
    {
        object grain = typeof(TEntity) switch
        {
            var t when t == typeof(Building) => grains.GetGrain<IBuildingGrain>(id),
            var t when t == typeof(StreetSegment) => grains.GetGrain<IStreetSegmentGrain>(id),
            var t when t == typeof(Sensor) => grains.GetGrain<ISensorGrain>(id),
            var t when t == typeof(Tree) => grains.GetGrain<ITreeGrain>(id),
            var t when t == typeof(UtilityLine) => grains.GetGrain<IUtilityLineGrain>(id),
            _ => throw new ArgumentException($"No grain for entity type {typeof(TEntity).Name}."),
        };
        return (IEntityGrain<TEntity>)grain;
    }

    /// <summary>Reads one entity of any kind.</summary>
    public static async Task<ICityEntity?> GetEntityAsync(this IGrainFactory grains, EntityKind kind, string id) => kind switch
    {
        EntityKind.Building => await grains.GetEntityGrain<Building>(id).GetAsync(),
        EntityKind.StreetSegment => await grains.GetEntityGrain<StreetSegment>(id).GetAsync(),
        EntityKind.Sensor => await grains.GetEntityGrain<Sensor>(id).GetAsync(),
        EntityKind.Tree => await grains.GetEntityGrain<Tree>(id).GetAsync(),
        EntityKind.UtilityLine => await grains.GetEntityGrain<UtilityLine>(id).GetAsync(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown entity kind"),
    };

    public static ITileGrain GetTileGrain(this IGrainFactory grains, TileKey key) =>
        grains.GetGrain<ITileGrain>(key.ToString());
}
