using System.Collections.Immutable;
using Twin.Api.V1;
using Twin.Models.Geo;
using Twin.Models.Planning;
using ModelBuilding = Twin.Models.City.Building;
using ModelDirection = Twin.Models.Planning.StreetDirection;

namespace Twin.Silo.Api;

/// <summary>Scenario messages to and from the planning records: the one place that maps them.</summary>
internal static class ScenarioMessages
{
    public static Scenario ToMessage(ScenarioDefinition scenario)
    {
        var message = new Scenario
        {
            Id = scenario.Id,
            Name = scenario.Name,
            Description = scenario.Description,
            Base = scenario.Base,
            Version = scenario.Version,
        };
        message.Edits.AddRange(scenario.Edits.Select(ToMessage));
        message.EditDescriptions.AddRange(scenario.Edits.Select(e => e.Describe()));
        return message;
    }

    public static Scenario Base() => new() { Id = TileKey.BaseScenario, Name = "Huidige situatie", Description = "The city as imported, without edits.", Base = string.Empty };

    public static ImmutableArray<Twin.Models.Planning.ScenarioEdit> FromMessages(IEnumerable<Twin.Api.V1.ScenarioEdit> edits) =>
        [.. edits.Select((edit, index) => FromMessage(edit, index))];

    public static ScenarioRunOutcome ToMessage(ScenarioTrafficResult result)
    {
        var outcome = new ScenarioRunOutcome
        {
            Succeeded = result.Succeeded,
            Converged = result.Converged,
            Iterations = result.RelativeGaps.Length,
            RelativeGap = result.RelativeGaps.IsEmpty ? 0 : result.RelativeGap,
            VehicleHours = result.VehicleHours,
            VehicleKilometres = result.VehicleKilometres,
            Trips = result.Trips,
            Version = result.EditVersion,
        };
        outcome.Problems.AddRange(result.Problems);
        return outcome;
    }

    private static Twin.Models.Planning.ScenarioEdit FromMessage(Twin.Api.V1.ScenarioEdit edit, int index) => edit.EditCase switch
    {
        Twin.Api.V1.ScenarioEdit.EditOneofCase.CloseStreet => new CloseStreet(edit.CloseStreet),
        Twin.Api.V1.ScenarioEdit.EditOneofCase.RemoveBuilding => new RemoveBuilding(edit.RemoveBuilding),
        Twin.Api.V1.ScenarioEdit.EditOneofCase.ScaleDemand => new ScaleDemand(edit.ScaleDemand),
        Twin.Api.V1.ScenarioEdit.EditOneofCase.RemoveTree => new RemoveTree(edit.RemoveTree),
        Twin.Api.V1.ScenarioEdit.EditOneofCase.ChangeStreet => new Twin.Models.Planning.ChangeStreet(
            edit.ChangeStreet.SegmentId,
            edit.ChangeStreet.HasSpeedLimit ? edit.ChangeStreet.SpeedLimit : null,
            edit.ChangeStreet.HasLanesPerDirection ? edit.ChangeStreet.LanesPerDirection : null,
            edit.ChangeStreet.HasCapacity ? edit.ChangeStreet.Capacity : null,
            edit.ChangeStreet.Direction == Twin.Api.V1.StreetDirection.Unchanged ? null : (ModelDirection)(int)edit.ChangeStreet.Direction),
        Twin.Api.V1.ScenarioEdit.EditOneofCase.AddBuilding => new AddBuilding(Building(edit.AddBuilding, index)),
        _ => throw RequestReader.Invalid($"edits[{index}] is empty: set one of close_street, change_street, add_building, remove_building, scale_demand, remove_tree"),
    };

    private static ModelBuilding Building(Twin.Api.V1.Building building, int index)
    {
        if (building.Footprint?.Shell is not { Points.Count: >= 4 } shell)
        {
            throw RequestReader.Invalid($"edits[{index}].add_building.footprint needs a closed shell of at least 4 points (RD New)");
        }

        RdLine Ring(LineString ring) => new(ring.Points.Select(p => new RdPoint(p.X, p.Y)).ToArray());
        var footprint = new RdPolygon(Ring(shell), [.. building.Footprint.Holes.Select(Ring)]);
        return new ModelBuilding(
            building.Id, footprint, building.GroundLevel, building.RoofHeight, building.Storeys,
            (Twin.Models.City.BuildingUse)building.Use, building.ConstructionYear == 0 ? null : building.ConstructionYear, building.Dwellings);
    }

    private static Twin.Api.V1.ScenarioEdit ToMessage(Twin.Models.Planning.ScenarioEdit edit) => edit switch
    {
        CloseStreet close => new() { CloseStreet = close.SegmentId },
        RemoveBuilding remove => new() { RemoveBuilding = remove.BuildingId },
        ScaleDemand scale => new() { ScaleDemand = scale.Factor },
        RemoveTree fell => new() { RemoveTree = fell.TreeId },
        AddBuilding add => new() { AddBuilding = EntityMessages.ToMessage(add.Building, new CoordinateOutput(Crs.RdNew)) },
        Twin.Models.Planning.ChangeStreet change => new() { ChangeStreet = ToMessage(change) },
        _ => new(),
    };

    private static Twin.Api.V1.ChangeStreet ToMessage(Twin.Models.Planning.ChangeStreet change)
    {
        var message = new Twin.Api.V1.ChangeStreet { SegmentId = change.SegmentId, Direction = (Twin.Api.V1.StreetDirection)(int)(change.Direction ?? 0) };
        if (change.SpeedLimit is { } speed)
        {
            message.SpeedLimit = speed;
        }

        if (change.LanesPerDirection is { } lanes)
        {
            message.LanesPerDirection = lanes;
        }

        if (change.Capacity is { } capacity)
        {
            message.Capacity = capacity;
        }

        return message;
    }
}
