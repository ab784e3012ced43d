using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Twin.Api.V1;

namespace Twin.Cli.Commands;

/// <summary><c>twin scenario create|edit|list|show|run|compare</c>: planning scenarios on the server.</summary>
public static class ScenarioCommand
{
    public static Command Create(Func<Func<CliContext, ParseResult, CancellationToken, Task<int>>, Func<ParseResult, CancellationToken, Task<int>>> run)
    {
        var command = new Command("scenario", "Planning scenarios: today plus edits, run through the traffic model and compared with today");
        command.Add(CreateCommand(run));
        command.Add(ScenarioEditCommand.Create(run));
        command.Add(ListCommand(run));
        command.Add(ShowCommand(run));
        command.Add(RunCommand(run));
        command.Add(CompareCommand(run));
        command.Add(ExportCommand(run));
        command.Add(ReportCommand(run));
        return command;
    }

    private static Argument<string> IdArgument() => new("id") { Description = "The scenario id: lower-case letters, digits, '-' or '_' ('base' is today)" };

    private static Command CreateCommand(Func<Func<CliContext, ParseResult, CancellationToken, Task<int>>, Func<ParseResult, CancellationToken, Task<int>>> run)
    {
        var id = IdArgument();
        var name = new Option<string>("--name") { Description = "A name people recognise, for example \"Stationsplein met torens\"", Required = true };
        var description = new Option<string>("--description") { Description = "What the plan is for" };
        var area = new Option<string>("--area")
        {
            Description = "The plan area, where indicators and sun hours are worked out: MIN_X,MIN_Y,MAX_X,MAX_Y in RD New metres (default: around the edits)",
        };
        var command = new Command("create", "Create an empty scenario") { id, name, description, area };
        command.SetAction(run(async (context, result, cancellationToken) =>
        {
            using var client = context.Connect();
            var request = new CreateScenarioRequest { Id = result.GetValue(id)!, Name = result.GetValue(name)!, Description = result.GetValue(description) ?? string.Empty };
            if (result.GetValue(area) is { } box)
            {
                request.PlanArea = ScenarioComparisonText.Box(box, "--area");
            }

            var created = await client.Scenarios.CreateScenarioAsync(request, cancellationToken: cancellationToken);
            context.Console.MarkupLineInterpolated($"Created scenario [bold]{created.Id}[/] ({created.Name}), based on {created.Base}.");
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command ListCommand(Func<Func<CliContext, ParseResult, CancellationToken, Task<int>>, Func<ParseResult, CancellationToken, Task<int>>> run)
    {
        var command = new Command("list", "List today and the planned scenarios");
        command.SetAction(run(async (context, _, cancellationToken) =>
        {
            using var client = context.Connect();
            var response = await client.Scenarios.ListScenariosAsync(new ListScenariosRequest(), cancellationToken: cancellationToken);
            var table = new Table().AddColumn("Id").AddColumn("Name").AddColumn("Edits").AddColumn("Version");
            foreach (var scenario in response.Scenarios)
            {
                table.AddRow(Markup.Escape(scenario.Id), Markup.Escape(scenario.Name), scenario.Edits.Count.ToString(CultureInfo.InvariantCulture), scenario.Version.ToString(CultureInfo.InvariantCulture));
            }

            context.Console.Write(table);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command ShowCommand(Func<Func<CliContext, ParseResult, CancellationToken, Task<int>>, Func<ParseResult, CancellationToken, Task<int>>> run)
    {
        var id = IdArgument();
        var command = new Command("show", "Show a scenario and its edits") { id };
        command.SetAction(run(async (context, result, cancellationToken) =>
        {
            using var client = context.Connect();
            var scenario = await client.Scenarios.GetScenarioAsync(new GetScenarioRequest { Id = result.GetValue(id)! }, cancellationToken: cancellationToken);
            context.Console.MarkupLineInterpolated($"[bold]{scenario.Id}[/]: {scenario.Name} (version {scenario.Version}, based on {scenario.Base})");
            if (scenario.Description.Length > 0)
            {
                context.Console.WriteLine(scenario.Description);
            }

            for (var i = 0; i < scenario.EditDescriptions.Count; i++)
            {
                context.Console.WriteLine($"  {i}. {scenario.EditDescriptions[i]}");
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command RunCommand(Func<Func<CliContext, ParseResult, CancellationToken, Task<int>>, Func<ParseResult, CancellationToken, Task<int>>> run)
    {
        var id = IdArgument();
        var command = new Command("run", "Run a scenario: traffic (morning peak hour, each iteration shown), then air quality, sun hours and planning indicators") { id };
        command.SetAction(run(async (context, result, cancellationToken) =>
        {
            using var client = context.Connect();
            using var call = client.Scenarios.RunScenario(new RunScenarioRequest { Id = result.GetValue(id)! }, cancellationToken: cancellationToken);
            ScenarioRunOutcome? outcome = null;
            while (await call.ResponseStream.MoveNext(cancellationToken))
            {
                var update = call.ResponseStream.Current;
                if (update.Outcome is not null)
                {
                    outcome = update.Outcome;
                    continue;
                }

                var who = update.Scenario == "base" && result.GetValue(id) != "base" ? "today: " : string.Empty;
                context.Console.WriteLine(update.Stage == ScenarioStage.Traffic
                    ? string.Create(CultureInfo.InvariantCulture, $"{who}iteration {update.Iteration,4}  relative gap {update.RelativeGap:E3}  total travel time {update.TotalTravelTime:N0} veh-min")
                    : $"{who}{update.Message}");
            }

            if (outcome is null || !outcome.Succeeded)
            {
                await context.Error.WriteLineAsync("twin: the run failed: " + string.Join("; ", outcome?.Problems ?? []));
                return ExitCodes.RequestFailed;
            }

            context.Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{(outcome.Converged ? "converged" : "stopped")} after {outcome.Iterations} iterations at relative gap {outcome.RelativeGap:E2}: {outcome.Trips:N0} trips, {outcome.VehicleHours:N0} vehicle-hours, {outcome.VehicleKilometres:N0} vehicle-km (edit version {outcome.Version})"));
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command CompareCommand(Func<Func<CliContext, ParseResult, CancellationToken, Task<int>>, Func<ParseResult, CancellationToken, Task<int>>> run)
    {
        var id = IdArgument();
        var top = new Option<int>("--top") { Description = "How many of the most changed street segments to list (default 20)", DefaultValueFactory = _ => 20 };
        var command = new Command("compare", "Compare a scenario's last run with today's: totals and the street segments that changed most") { id, top };
        command.SetAction(run(async (context, result, cancellationToken) =>
        {
            using var client = context.Connect();
            var comparison = await client.Scenarios.CompareScenarioAsync(new CompareScenarioRequest { Id = result.GetValue(id)!, Top = result.GetValue(top) }, cancellationToken: cancellationToken);
            var totals = new Table().AddColumn("Total").AddColumn("Today", c => c.RightAligned()).AddColumn(comparison.Id, c => c.RightAligned()).AddColumn("Change", c => c.RightAligned());
            totals.AddRow("vehicle-hours", F(comparison.BaseVehicleHours), F(comparison.ScenarioVehicleHours), Signed(comparison.VehicleHoursChange));
            totals.AddRow("vehicle-km", F(comparison.BaseVehicleKilometres), F(comparison.ScenarioVehicleKilometres), Signed(comparison.VehicleKilometresChange));
            context.Console.Write(totals);
            context.Console.WriteLine($"{comparison.ChangedSegments} street segments changed by more than 1 veh/h; most changed:");
            var links = new Table().AddColumn("Segment").AddColumn("Street").AddColumn("Today veh/h", c => c.RightAligned()).AddColumn("Plan veh/h", c => c.RightAligned())
                .AddColumn("Change", c => c.RightAligned()).AddColumn("V/C today", c => c.RightAligned()).AddColumn("V/C plan", c => c.RightAligned());
            foreach (var s in comparison.MostChanged)
            {
                links.AddRow(Markup.Escape(s.SegmentId), Markup.Escape(s.StreetName), F(s.BaseFlow), F(s.ScenarioFlow), Signed(s.FlowChange), V(s.BaseVolumeCapacity), V(s.ScenarioVolumeCapacity));
            }

            context.Console.Write(links);
            ScenarioComparisonText.Write(context.Console, comparison);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command ExportCommand(Func<Func<CliContext, ParseResult, CancellationToken, Task<int>>, Func<ParseResult, CancellationToken, Task<int>>> run)
    {
        var id = IdArgument();
        var format = new Option<string>("--format") { Description = "geojson (WGS84, default) or csv", DefaultValueFactory = _ => "geojson" };
        var output = new Option<string>("--out") { Description = "The file to write; standard output when not given" };
        var command = new Command("export", "Export a scenario's last run per street segment, with the change against today") { id, format, output };
        command.SetAction(run(async (context, result, cancellationToken) =>
        {
            var chosen = result.GetValue(format) switch
            {
                "geojson" => ExportFormat.Geojson,
                "csv" => ExportFormat.Csv,
                var other => throw new UsageException($"--format: '{other}' is not geojson or csv"),
            };
            using var client = context.Connect();
            var response = await client.Scenarios.ExportScenarioAsync(new ExportScenarioRequest { Id = result.GetValue(id)!, Format = chosen }, cancellationToken: cancellationToken);
            if (result.GetValue(output) is { } path)
            {
                await File.WriteAllBytesAsync(path, response.Content.ToByteArray(), cancellationToken);
                await context.Error.WriteLineAsync($"Wrote {response.Content.Length:N0} bytes ({response.ContentType}) to {path}");
            }
            else
            {
                context.Console.Profile.Out.Writer.Write(response.Content.ToStringUtf8());
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command ReportCommand(Func<Func<CliContext, ParseResult, CancellationToken, Task<int>>, Func<ParseResult, CancellationToken, Task<int>>> run)
    {
        var id = IdArgument();
        var output = new Option<string>("--out") { Description = "The HTML file to write (default: ID-report.html)" };
        var command = new Command("report", "Write a readable HTML report of a scenario against today: traffic, air quality, sun, indicators, trees, underground conflicts, charts and a map") { id, output };
        command.SetAction(run(async (context, result, cancellationToken) =>
        {
            var scenario = result.GetValue(id)!;
            using var client = context.Connect();
            var response = await client.Scenarios.ExportScenarioAsync(new ExportScenarioRequest { Id = scenario, Format = ExportFormat.Html }, cancellationToken: cancellationToken);
            var path = result.GetValue(output) ?? $"{scenario}-report.html";
            await File.WriteAllBytesAsync(path, response.Content.ToByteArray(), cancellationToken);
            context.Console.WriteLine($"Wrote the report of {scenario} ({response.Content.Length:N0} bytes) to {path}");
            return ExitCodes.Success;
        }));
        return command;
    }

    private static string F(double value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string V(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Signed(double value) => value.ToString("+#,0;-#,0;0", CultureInfo.InvariantCulture);
}
