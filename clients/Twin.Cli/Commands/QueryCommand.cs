using System.CommandLine;
using System.Globalization;
using Google.Protobuf;
using Spectre.Console;
using Twin.Api.V1;

namespace Twin.Cli.Commands;

/// <summary><c>twin query --bbox ...</c>: the entities in an area, as a table, JSON lines, ids or GeoJSON.</summary>
public static class QueryCommand
{
    public static Command Create(Func<Func<CliContext, ParseResult, CancellationToken, Task<int>>, Func<ParseResult, CancellationToken, Task<int>>> run)
    {
        var bbox = new Option<string>("--bbox") { Description = "minX,minY,maxX,maxY in the --crs (RD New metres, or WGS84 lon,lat degrees)", Required = true };
        var crs = new Option<string>("--crs") { Description = "rd (EPSG:28992, default) or wgs84 (EPSG:4326), for the box and the output", DefaultValueFactory = _ => "rd" };
        var kinds = new Option<string[]>("--kind") { Description = "Kinds to return (" + KindNames.Help + "); repeat or separate with commas; default all", AllowMultipleArgumentsPerToken = true };
        var limit = new Option<int>("--limit") { Description = "Stop after this many entities (0: no limit)" };
        var format = new Option<string>("--format") { Description = "table (default), json (one entity per line), ids, or geojson (WGS84, importable again)", DefaultValueFactory = _ => "table" };
        var command = new Command("query", "List the entities in an area") { bbox, crs, kinds, limit, format };
        command.SetAction(run(async (context, result, cancellationToken) =>
        {
            var outputFormat = result.GetValue(format)!.ToLowerInvariant();
            var boxCrs = KindNames.ParseCrs(result.GetValue(crs));
            var request = new QueryAreaRequest
            {
                Box = ParseBox(result.GetValue(bbox)!, boxCrs),
                Crs = outputFormat == "geojson" ? Crs.Wgs84 : boxCrs,
                Limit = result.GetValue(limit),
            };
            var kindNames = (result.GetValue(kinds) ?? []).SelectMany(k => k.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            request.Kinds.AddRange(kindNames.Select(KindNames.Parse).Distinct());

            using var client = context.Connect();
            var entities = new List<Entity>();
            await foreach (var entity in client.QueryAreaAsync(request, cancellationToken))
            {
                entities.Add(entity);
            }

            entities.Sort((a, b) => string.CompareOrdinal(EntityText.Id(a), EntityText.Id(b)));
            Write(context.Console, entities, outputFormat);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static void Write(IAnsiConsole console, List<Entity> entities, string format)
    {
        switch (format)
        {
            case "table":
                var table = new Table().AddColumn("Kind").AddColumn("Id").AddColumn("Description");
                foreach (var entity in entities)
                {
                    table.AddRow(KindNames.Name(EntityText.Kind(entity)), Markup.Escape(EntityText.Id(entity)), Markup.Escape(EntityText.Describe(entity)));
                }

                console.Write(table);
                console.WriteLine($"{entities.Count} entities");
                break;
            case "json":
                entities.ForEach(e => console.Profile.Out.Writer.WriteLine(JsonFormatter.Default.Format(e)));
                break;
            case "ids":
                entities.ForEach(e => console.Profile.Out.Writer.WriteLine(EntityText.Id(e)));
                break;
            case "geojson":
                console.Profile.Out.Writer.WriteLine(GeoJsonOutput.FeatureCollection(entities));
                break;
            default:
                throw new UsageException($"unknown format '{format}': use table, json, ids or geojson");
        }
    }

    private static BoundingBox ParseBox(string text, Crs crs)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        var values = new double[4];
        if (parts.Length != 4 || parts.Where((p, i) => !double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out values[i])).Any())
        {
            throw new UsageException($"--bbox must be four numbers minX,minY,maxX,maxY; got '{text}'");
        }

        if (values[0] > values[2] || values[1] > values[3])
        {
            throw new UsageException($"--bbox must have minX <= maxX and minY <= maxY; got '{text}'");
        }

        return new BoundingBox { MinX = values[0], MinY = values[1], MaxX = values[2], MaxY = values[3], Crs = crs };
    }
}
