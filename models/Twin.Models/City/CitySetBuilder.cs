using System.Collections.Immutable;

namespace Twin.Models.City;

/// <summary>Collects entities of any kind into a <see cref="CitySet"/>.</summary>
public sealed class CitySetBuilder
{
    private readonly ImmutableArray<Building>.Builder _buildings = ImmutableArray.CreateBuilder<Building>();
    private readonly ImmutableArray<StreetSegment>.Builder _streets = ImmutableArray.CreateBuilder<StreetSegment>();
    private readonly ImmutableArray<Sensor>.Builder _sensors = ImmutableArray.CreateBuilder<Sensor>();
    private readonly ImmutableArray<Tree>.Builder _trees = ImmutableArray.CreateBuilder<Tree>();
    private readonly ImmutableArray<UtilityLine>.Builder _utilityLines = ImmutableArray.CreateBuilder<UtilityLine>();

    public int Count => _buildings.Count + _streets.Count + _sensors.Count + _trees.Count + _utilityLines.Count;

    public CitySetBuilder Add(ICityEntity entity)
    {
        switch (entity)
        {
            case Building building: _buildings.Add(building); break;
            case StreetSegment street: _streets.Add(street); break;
            case Sensor sensor: _sensors.Add(sensor); break;
            case Tree tree: _trees.Add(tree); break;
            case UtilityLine line: _utilityLines.Add(line); break;
            default: throw new ArgumentException($"Unknown entity type {entity.GetType().Name}.", nameof(entity));
        }

        return this;
    }

    public CitySet Build() => new(
        _buildings.ToImmutable(), _streets.ToImmutable(), _sensors.ToImmutable(), _trees.ToImmutable(), _utilityLines.ToImmutable());
}
