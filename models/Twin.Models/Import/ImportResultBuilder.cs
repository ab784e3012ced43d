using System.Collections.Frozen;
using System.Collections.Immutable;
using Twin.Models.City;

namespace Twin.Models.Import;

/// <summary>
/// Collects what an importer makes of a file, feature by feature: the entities that pass
/// <see cref="CityValidation"/> and one rejection for every feature that does not become an entity.
/// Ids are claimed as soon as a feature's id is known, before its geometry and attributes are checked:
/// a later feature with the same id is a duplicate even when the first one is rejected for another
/// reason, so fixing one problem never turns a rejected duplicate into an import.
/// </summary>
internal sealed class ImportResultBuilder(string indexName = "feature")
{
    // The fields CityValidation names for an entity's geometry: their problems make the rejection InvalidGeometry.
    private static readonly FrozenSet<string> GeometryFields = FrozenSet.Create(StringComparer.Ordinal, "footprint", "shape", "centreline", "location");

    private readonly CitySetBuilder _entities = new();
    private readonly ImmutableArray<ImportRejection>.Builder _rejections = ImmutableArray.CreateBuilder<ImportRejection>();
    private readonly ImmutableArray<ImportWarning>.Builder _warnings = ImmutableArray.CreateBuilder<ImportWarning>();
    private readonly Dictionary<string, int> _idOwners = new(StringComparer.Ordinal);

    public int FeatureCount { get; private set; }

    public void CountFeature() => FeatureCount++;

    public void Reject(int index, string? id, RejectionReason reason, string message) =>
        _rejections.Add(new ImportRejection(index, id, reason, message));

    public void Reject<T>(int index, string? id, FeatureOutcome<T> outcome)
        where T : class => Reject(index, id, outcome.Reason, outcome.Message ?? "rejected");

    public void Warn(int index, string? id, string message) => _warnings.Add(new ImportWarning(index, id, message));

    /// <summary>Claims an id for a feature; false (and a DuplicateId rejection) when an earlier feature has it.</summary>
    public bool TryClaimId(int index, string id)
    {
        if (_idOwners.TryGetValue(id, out var earlier))
        {
            Reject(index, id, RejectionReason.DuplicateId, $"id '{id}' is already used by {indexName} {earlier}; the first one is kept");
            return false;
        }

        _idOwners.Add(id, index);
        return true;
    }

    /// <summary>Adds the entity when it is valid (true); otherwise rejects the feature with every problem found.</summary>
    public bool Add(int index, ICityEntity entity)
    {
        var problems = CityValidation.Validate(entity);
        if (problems.IsEmpty)
        {
            _entities.Add(entity);
            return true;
        }

        var reason = problems.Any(p => GeometryFields.Contains(p.Field)) ? RejectionReason.InvalidGeometry : RejectionReason.InvalidAttribute;
        Reject(index, entity.Id, reason, string.Join("; ", problems));
        return false;
    }

    /// <summary>Adds the entity of an outcome when it is valid (true); otherwise rejects the feature.</summary>
    public bool Add<T>(int index, string id, FeatureOutcome<T> outcome)
        where T : class, ICityEntity
    {
        if (outcome.IsOk)
        {
            return Add(index, outcome.Value);
        }

        Reject(index, id, outcome);
        return false;
    }

    public ImportResult Build() => new(_entities.Build(), _rejections.ToImmutable(), FeatureCount, null) { Warnings = _warnings.ToImmutable() };
}
