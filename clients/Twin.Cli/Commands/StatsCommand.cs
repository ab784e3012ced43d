using System.CommandLine;
using Google.Protobuf;
using Spectre.Console;
using Twin.Api.V1;

namespace Twin.Cli.Commands;

/// <summary><c>twin stats</c>: counts per kind, extent, dataset version and recent imports.</summary>
public static class StatsCommand
{
    public static Command Create(Func<Func<CliContext, ParseResult, CancellationToken, Task<int>>, Func<ParseResult, CancellationToken, Task<int>>> run)
    {
        var json = new Option<bool>("--json") { Description = "Print the statistics as JSON" };
        var command = new Command("stats", "Show what the twin holds: counts per kind, extent, dataset version, recent imports") { json };
        command.SetAction(run(async (context, result, cancellationToken) =>
        {
            using var client = context.Connect();
            var stats = await client.City.GetStatsAsync(new GetStatsRequest { Crs = Crs.RdNew }, cancellationToken: cancellationToken);
            if (result.GetValue(json))
            {
                context.Console.Profile.Out.Writer.WriteLine(JsonFormatter.Default.Format(stats));
                return ExitCodes.Success;
            }

            var wgs84 = await client.City.GetStatsAsync(new GetStatsRequest { Crs = Crs.Wgs84 }, cancellationToken: cancellationToken);
            Print(context.Console, stats, wgs84.Extent);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static void Print(IAnsiConsole console, CityStats stats, BoundingBox? wgs84)
    {
        console.MarkupLineInterpolated($"Dataset [bold]{stats.Dataset}[/], version {stats.DatasetVersion}, {stats.Tiles} tiles{(stats.Loading ? " (still loading)" : string.Empty)}");
        var counts = new Table().AddColumn("Kind").AddColumn(new TableColumn("Count").RightAligned());
        counts.AddRow("Buildings", stats.Counts.Buildings.ToString("N0", Formats.Culture));
        counts.AddRow("Street segments", stats.Counts.StreetSegments.ToString("N0", Formats.Culture));
        counts.AddRow("Sensors", stats.Counts.Sensors.ToString("N0", Formats.Culture));
        counts.AddRow("Trees", stats.Counts.Trees.ToString("N0", Formats.Culture));
        counts.AddRow("Utility lines", stats.Counts.UtilityLines.ToString("N0", Formats.Culture));
        console.Write(counts);
        if (stats.Extent is { } rd)
        {
            console.WriteLine(Formats.Invariant($"Extent RD New: {rd.MinX:0.0} {rd.MinY:0.0} - {rd.MaxX:0.0} {rd.MaxY:0.0}"));
        }

        if (wgs84 is not null)
        {
            console.WriteLine(Formats.Invariant($"Extent WGS84: {wgs84.MinY:0.000000} N {wgs84.MinX:0.000000} E - {wgs84.MaxY:0.000000} N {wgs84.MaxX:0.000000} E"));
        }

        if (stats.RecentImports.Count == 0)
        {
            return;
        }

        var imports = new Table().AddColumn("Version").AddColumn("When (UTC)").AddColumn("Source").AddColumn("Created").AddColumn("Updated").AddColumn("Removed").AddColumn("Rejected");
        foreach (var import in stats.RecentImports)
        {
            imports.AddRow(
                import.DatasetVersion.ToString(Formats.Culture),
                import.At.ToDateTime().ToString("yyyy-MM-dd HH:mm:ss", Formats.Culture),
                Markup.Escape(import.Source),
                import.Created.ToString(Formats.Culture),
                import.Updated.ToString(Formats.Culture),
                import.Removed.ToString(Formats.Culture),
                import.Rejected.ToString(Formats.Culture));
        }

        console.Write(imports);
    }
}
