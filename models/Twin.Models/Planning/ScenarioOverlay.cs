using System.Collections.Immutable;
using Twin.Models.City;

namespace Twin.Models.Planning;

/// <summary>
/// A scenario's city from its base: the edits applied in order to a set of base entities. Works on
/// any part of the city (one tile, a region, everything): edits about entities outside the part
/// change nothing, and an added building joins the part only when <c>belongs</c> says so.
/// </summary>
public static class ScenarioOverlay
{
    public static CitySet Apply(CitySet part, IEnumerable<ScenarioEdit> edits, Func<ICityEntity, bool>? belongs = null)
    {
        var entities = part.All().ToDictionary(EntityKey.Of);
        foreach (var edit in edits)
        {
            switch (edit)
            {
                case AddBuilding add when belongs?.Invoke(add.Building) ?? true:
                    entities[EntityKey.Of(add.Building)] = add.Building;
                    break;
                case RemoveBuilding or RemoveTree:
                    entities.Remove(edit.Target!.Value);
                    break;
                case ChangeStreet change when entities.TryGetValue(change.Target!.Value, out var found) && found is StreetSegment street:
                    entities[change.Target!.Value] = change.ApplyTo(street);
                    break;
                default:
                    break;
            }
        }

        return CitySet.From(entities.Values);
    }

    /// <summary>The street segments closed to traffic by the edits.</summary>
    public static ImmutableHashSet<string> ClosedStreets(IEnumerable<ScenarioEdit> edits) =>
        edits.OfType<CloseStreet>().Select(c => c.SegmentId).ToImmutableHashSet(StringComparer.Ordinal);

    /// <summary>The product of every demand factor of the edits.</summary>
    public static double DemandFactor(IEnumerable<ScenarioEdit> edits) =>
        edits.OfType<ScaleDemand>().Aggregate(1.0, (factor, edit) => factor * edit.Factor);
}
