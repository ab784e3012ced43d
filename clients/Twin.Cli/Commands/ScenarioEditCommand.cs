using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Twin.Api.V1;
using Twin.Models.Import;
using ModelKind = Twin.Models.City.EntityKind;

namespace Twin.Cli.Commands;

/// <summary>
/// <c>twin scenario edit ID ...</c>: appends edits to a scenario. The server checks the list whole and
/// applies all of it or none.
/// </summary>
public static class ScenarioEditCommand
{
    public static Command Create(Func<Func<CliContext, ParseResult, CancellationToken, Task<int>>, Func<ParseResult, CancellationToken, Task<int>>> run)
    {
        var id = new Argument<string>("id") { Description = "The scenario id" };
        var close = Many("--close", "Close a street segment to traffic: SEGMENT_ID");
        var speed = Many("--speed", "Set a segment's speed limit: SEGMENT_ID=KMH, for example seg-00110=30");
        var lanes = Many("--lanes", "Set lanes per direction: SEGMENT_ID=N");
        var capacity = Many("--capacity", "Set a segment's capacity: SEGMENT_ID=VEH_PER_HOUR");
        var direction = Many("--direction", "Set direction: SEGMENT_ID=two-way|one-way|reverse (one-way against the centreline)");
        var remove = Many("--remove-building", "Remove a building: BUILDING_ID");
        var fell = Many("--remove-tree", "Fell a tree of the tree register: TREE_ID");
        var add = new Option<string>("--add-buildings") { Description = "Add the buildings of a file (GeoJSON, CityJSON, ...; RD New or WGS84) with ids of their own" };
        var scale = new Option<double?>("--scale-demand") { Description = "Multiply all travel demand, for example 1.1" };
        var command = new Command("edit", "Append edits to a scenario: all of them are applied, or none") { id, close, speed, lanes, capacity, direction, remove, fell, add, scale };
        command.SetAction(run(async (context, result, cancellationToken) =>
        {
            var request = new EditScenarioRequest { Id = result.GetValue(id)! };
            request.Edits.AddRange(result.GetValue(remove)!.Select(b => new ScenarioEdit { RemoveBuilding = b }));
            request.Edits.AddRange(result.GetValue(fell)!.Select(t => new ScenarioEdit { RemoveTree = t }));
            if (result.GetValue(add) is { } file)
            {
                request.Edits.AddRange(Buildings(file));
            }

            request.Edits.AddRange(result.GetValue(close)!.Select(s => new ScenarioEdit { CloseStreet = s }));
            request.Edits.AddRange(result.GetValue(speed)!.Select(p => Change(p, "--speed", (c, v) => c.SpeedLimit = Number(v, "--speed"))));
            request.Edits.AddRange(result.GetValue(lanes)!.Select(p => Change(p, "--lanes", (c, v) => c.LanesPerDirection = (int)Number(v, "--lanes"))));
            request.Edits.AddRange(result.GetValue(capacity)!.Select(p => Change(p, "--capacity", (c, v) => c.Capacity = Number(v, "--capacity"))));
            request.Edits.AddRange(result.GetValue(direction)!.Select(p => Change(p, "--direction", (c, v) => c.Direction = Direction(v))));
            if (result.GetValue(scale) is { } factor)
            {
                request.Edits.Add(new ScenarioEdit { ScaleDemand = factor });
            }

            if (request.Edits.Count == 0)
            {
                throw new UsageException("give at least one edit (--close, --speed, --lanes, --capacity, --direction, --remove-building, --remove-tree, --add-buildings, --scale-demand)");
            }

            using var client = context.Connect();
            var scenario = await client.Scenarios.EditScenarioAsync(request, cancellationToken: cancellationToken);
            context.Console.WriteLine($"Scenario {scenario.Id} is now at version {scenario.Version} with {scenario.Edits.Count} edits:");
            for (var i = 0; i < scenario.EditDescriptions.Count; i++)
            {
                context.Console.WriteLine($"  {i}. {scenario.EditDescriptions[i]}");
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static Option<string[]> Many(string name, string description) =>
        new(name) { Description = description + " (repeat for more)", DefaultValueFactory = _ => [] };

    private static ScenarioEdit Change(string pair, string option, Action<ChangeStreet, string> set)
    {
        var parts = pair.Split('=', 2);
        if (parts.Length != 2 || parts[0].Length == 0)
        {
            throw new UsageException($"{option} takes SEGMENT_ID=VALUE, not '{pair}'");
        }

        var change = new ChangeStreet { SegmentId = parts[0] };
        set(change, parts[1]);
        return new ScenarioEdit { ChangeStreet = change };
    }

    private static double Number(string value, string option) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number)
            ? number
            : throw new UsageException($"{option}: '{value}' is not a number");

    private static StreetDirection Direction(string value) => value switch
    {
        "two-way" => StreetDirection.TwoWay,
        "one-way" => StreetDirection.OneWayForward,
        "reverse" => StreetDirection.OneWayReverse,
        _ => throw new UsageException($"--direction: '{value}' is not two-way, one-way or reverse"),
    };

    private static IEnumerable<ScenarioEdit> Buildings(string file)
    {
        var imported = CityImporter.Import(file, new ImportOptions { Kind = ModelKind.Building, ReferenceYear = DateTime.UtcNow.Year });
        if (!imported.Succeeded)
        {
            throw new UsageException($"--add-buildings {file}: {imported.FileError}");
        }

        if (!imported.Rejections.IsEmpty)
        {
            throw new UsageException($"--add-buildings {file}: " + string.Join("; ", imported.Rejections.Select(r => $"feature {r.FeatureIndex}: {r.Message}")));
        }

        return imported.Entities.Buildings.Select(b => new ScenarioEdit
        {
            AddBuilding = new Building
            {
                Id = b.Id,
                Footprint = Footprint(b.Footprint),
                GroundLevel = b.GroundLevel,
                RoofHeight = b.RoofHeight,
                Storeys = b.Storeys,
                Use = (BuildingUse)b.Use,
                ConstructionYear = b.ConstructionYear ?? 0,
                Dwellings = b.Dwellings,
            },
        });
    }

    private static Polygon Footprint(Twin.Models.Geo.RdPolygon polygon)
    {
        static LineString Ring(Twin.Models.Geo.RdLine line)
        {
            var ring = new LineString();
            ring.Points.AddRange(line.Points.Select(p => new Point { X = p.X, Y = p.Y }));
            return ring;
        }

        var message = new Polygon { Shell = Ring(polygon.Shell) };
        message.Holes.AddRange(polygon.Holes.Select(Ring));
        return message;
    }
}
