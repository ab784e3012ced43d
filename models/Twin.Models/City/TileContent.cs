using System.Collections.Immutable;
using Twin.Models.Geo;

namespace Twin.Models.City;

/// <summary>
/// The entities a spatial tile holds (read side): every entity whose anchor lies in the tile, with
/// its version. Applying changes keeps the highest version per entity, so late or repeated
/// deliveries cannot roll an entity back. <see cref="Version"/> grows with every change of content.
/// </summary>
[GenerateSerializer, Immutable, Alias("twin.city.tile-content")]
public sealed record TileContent(
    [property: Id(0)] ImmutableDictionary<EntityKey, VersionedEntity> Entries,
    [property: Id(1)] long Version)
{
    public TileContent()
        : this(ImmutableDictionary<EntityKey, VersionedEntity>.Empty, 0)
    {
    }

    public static TileContent Empty { get; } = new();

    public EntityCounts Counts
    {
        get
        {
            var counts = new int[6];
            foreach (var key in Entries.Keys)
            {
                counts[(int)key.Kind]++;
            }

            return new EntityCounts(counts[1], counts[2], counts[3], counts[4], counts[5]);
        }
    }

    /// <summary>The box around every entity's geometry (may reach beyond the tile's own bounds).</summary>
    public RdEnvelope Envelope => Entries.Values.Aggregate(RdEnvelope.Empty, (envelope, entry) => envelope.Union(entry.Entity.Envelope));

    public TileContent Apply(IEnumerable<VersionedEntity> upserts, IEnumerable<EntityRemoval> removals)
    {
        var builder = Entries.ToBuilder();
        var changed = false;
        foreach (var upsert in upserts)
        {
            if (!builder.TryGetValue(upsert.Key, out var existing) || existing.Version < upsert.Version)
            {
                builder[upsert.Key] = upsert;
                changed = true;
            }
        }

        foreach (var removal in removals)
        {
            if (builder.TryGetValue(removal.Key, out var existing) && existing.Version <= removal.Version)
            {
                builder.Remove(removal.Key);
                changed = true;
            }
        }

        return changed ? new TileContent(builder.ToImmutable(), Version + 1) : this;
    }

    public CitySet ToCitySet() => CitySet.From(Entries.Values.Select(e => e.Entity));

    /// <summary>The entities of the given kinds whose envelope intersects the box.</summary>
    public CitySet Query(RdEnvelope box, EntityKinds kinds) =>
        CitySet.From(Entries.Values.Select(e => e.Entity).Where(e => kinds.Includes(e.Kind) && e.Envelope.Intersects(box)));
}
