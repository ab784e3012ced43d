namespace Twin.Models.City;

/// <summary>An entity's identity across kinds: ids are unique within a kind.</summary>
[GenerateSerializer, Immutable, Alias("twin.city.entity-key")]
public readonly record struct EntityKey([property: Id(0)] EntityKind Kind, [property: Id(1)] string Id)
{
    public static EntityKey Of(ICityEntity entity) => new(entity.Kind, entity.Id);

    public override string ToString() => $"{Kind}/{Id}";
}
