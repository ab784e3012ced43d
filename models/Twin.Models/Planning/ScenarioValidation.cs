using System.Collections.Immutable;
using Twin.Models.City;

namespace Twin.Models.Planning;

/// <summary>
/// Checks a list of edits before any of it is applied: entities it names must exist (in the base or
/// added by an earlier edit), values must make sense. One problem rejects the whole list.
/// </summary>
public static class ScenarioValidation
{
    public const double MaxSpeedLimit = 130;
    public const double MaxDemandFactor = 10;

    /// <param name="edits">The new edits, in order.</param>
    /// <param name="exists">Whether an entity exists in the scenario as it stands before these edits.</param>
    public static ImmutableArray<ScenarioEditProblem> Validate(IReadOnlyList<ScenarioEdit> edits, Func<EntityKey, bool> exists)
    {
        var problems = ImmutableArray.CreateBuilder<ScenarioEditProblem>();
        var added = new HashSet<EntityKey>();
        var removed = new HashSet<EntityKey>();
        for (var i = 0; i < edits.Count; i++)
        {
            foreach (var message in Check(edits[i], exists, added, removed))
            {
                problems.Add(new ScenarioEditProblem(i, message));
            }
        }

        return problems.ToImmutable();
    }

    private static IEnumerable<string> Check(ScenarioEdit edit, Func<EntityKey, bool> exists, HashSet<EntityKey> added, HashSet<EntityKey> removed)
    {
        switch (edit)
        {
            case null:
                yield return "is empty";
                yield break;
            case AddBuilding add:
                foreach (var problem in CityValidation.Validate(add.Building))
                {
                    yield return $"building {add.Building.Id}: {problem}";
                }

                var key = EntityKey.Of(add.Building);
                if ((exists(key) && !removed.Contains(key)) || !added.Add(key))
                {
                    yield return $"building '{add.Building.Id}' already exists: give the new building an id of its own";
                }

                yield break;
            case RemoveBuilding remove when !Exists(remove.Target!.Value, exists, added, removed):
                yield return $"no building with id '{remove.BuildingId}'";
                yield break;
            case RemoveBuilding remove:
                removed.Add(remove.Target!.Value);
                added.Remove(remove.Target!.Value);
                yield break;
            case RemoveTree fell when !Exists(fell.Target!.Value, exists, added, removed):
                yield return $"no tree with id '{fell.TreeId}'";
                yield break;
            case RemoveTree fell:
                removed.Add(fell.Target!.Value);
                yield break;
            case ScaleDemand scale when !double.IsFinite(scale.Factor) || scale.Factor <= 0 || scale.Factor > MaxDemandFactor:
                yield return $"demand factor must be above 0 and at most {MaxDemandFactor}, not {scale.Factor}";
                yield break;
            default:
                break;
        }

        if (edit is CloseStreet or ChangeStreet && !exists(edit.Target!.Value))
        {
            yield return $"no street segment with id '{edit.Target!.Value.Id}'";
        }

        if (edit is ChangeStreet change)
        {
            foreach (var message in CheckValues(change))
            {
                yield return message;
            }
        }
    }

    private static bool Exists(EntityKey key, Func<EntityKey, bool> exists, HashSet<EntityKey> added, HashSet<EntityKey> removed) =>
        (exists(key) && !removed.Contains(key)) || added.Contains(key);

    private static IEnumerable<string> CheckValues(ChangeStreet change)
    {
        if (change is { SpeedLimit: null, LanesPerDirection: null, Capacity: null, Direction: null })
        {
            yield return "changes nothing: give a speed limit, lanes, capacity or direction";
        }

        if (change.SpeedLimit is { } speed && (!double.IsFinite(speed) || speed <= 0 || speed > MaxSpeedLimit))
        {
            yield return $"speed limit must be above 0 and at most {MaxSpeedLimit} km/h, not {speed} (close the street to stop traffic)";
        }

        if (change.LanesPerDirection is { } lanes && lanes is < 1 or > 6)
        {
            yield return $"lanes per direction must be 1 to 6, not {lanes}";
        }

        if (change.Capacity is { } capacity && (!double.IsFinite(capacity) || capacity <= 0))
        {
            yield return $"capacity must be above 0 veh/h, not {capacity}";
        }

        if (change.Direction is { } direction && !Enum.IsDefined(direction))
        {
            yield return $"unknown direction {(int)direction}";
        }
    }
}
