using System.Collections.Immutable;
using Twin.Models.Geo;

namespace Twin.Models.City;

/// <summary>
/// A set of entities grouped by kind: what an import produces, what a tile holds, what a
/// simulation snapshot is made of. Typed arrays, so a set crosses grain boundaries in one message.
/// </summary>
[GenerateSerializer, Immutable, Alias("twin.city.city-set")]
public sealed record CitySet(
    [property: Id(0)] ImmutableArray<Building> Buildings,
    [property: Id(1)] ImmutableArray<StreetSegment> StreetSegments,
    [property: Id(2)] ImmutableArray<Sensor> Sensors,
    [property: Id(3)] ImmutableArray<Tree> Trees,
    [property: Id(4)] ImmutableArray<UtilityLine> UtilityLines)
{
    public static CitySet Empty { get; } = new([], [], [], [], []);

    public int Count => Counts.Total;

    public EntityCounts Counts => new(
        Buildings.Length, StreetSegments.Length, Sensors.Length, Trees.Length, UtilityLines.Length);

    public RdEnvelope Envelope => All().Aggregate(RdEnvelope.Empty, (envelope, entity) => envelope.Union(entity.Envelope));

    public IEnumerable<ICityEntity> All() =>
        Buildings.Cast<ICityEntity>()
            .Concat(StreetSegments)
            .Concat(Sensors)
            .Concat(Trees)
            .Concat(UtilityLines);

    public static CitySet From(IEnumerable<ICityEntity> entities)
    {
        var builder = new CitySetBuilder();
        foreach (var entity in entities)
        {
            builder.Add(entity);
        }

        return builder.Build();
    }

    public CitySet Where(Func<ICityEntity, bool> predicate) => From(All().Where(predicate));

    /// <summary>The entities of the given kinds whose envelope intersects a box.</summary>
    public CitySet Within(RdEnvelope box, EntityKinds kinds) =>
        Where(e => kinds.Includes(e.Kind) && e.Envelope.Intersects(box));
}
