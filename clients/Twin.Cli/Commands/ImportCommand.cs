using System.CommandLine;
using Google.Protobuf;
using Spectre.Console;
using Twin.Api.V1;

namespace Twin.Cli.Commands;

/// <summary><c>twin import FILE</c>: uploads a file with a progress bar and reports what was imported and what was not, and why.</summary>
public static class ImportCommand
{
    public static Command Create(Func<Func<CliContext, ParseResult, CancellationToken, Task<int>>, Func<ParseResult, CancellationToken, Task<int>>> run)
    {
        var file = new Argument<FileInfo>("file") { Description = "GeoJSON, CityJSON (.json), CityJSONSeq (.jsonl), Shapefile (.shp with .dbf/.shx/.prj beside it) or GeoPackage (.gpkg)" };
        var format = new Option<string?>("--format") { Description = "geojson, cityjson, cityjsonseq, shapefile or geopackage (default: from the file)" };
        var crs = new Option<string?>("--crs") { Description = "CRS of the file when it does not say, e.g. EPSG:28992 or EPSG:4326" };
        var kind = new Option<string?>("--kind") { Description = "What every feature is: " + KindNames.Help + " (default: inferred per feature)" };
        var idField = new Option<string?>("--id-field") { Description = "The attribute that holds each feature's id" };
        var show = new Option<int>("--show-rejections") { Description = "How many rejected features to list (all are counted)", DefaultValueFactory = _ => 5 };
        var json = new Option<bool>("--json") { Description = "Print the summary as JSON instead of tables" };
        var command = new Command("import", "Import a file into the twin (upsert by id: importing the same file twice changes nothing)")
        {
            file, format, crs, kind, idField, show, json,
        };
        command.SetAction(run(async (context, result, cancellationToken) =>
        {
            var path = result.GetValue(file)!;
            if (!path.Exists)
            {
                throw new UsageException($"no such file: {path.FullName}");
            }

            var header = new ImportHeader
            {
                Format = ParseFormat(result.GetValue(format)),
                Crs = result.GetValue(crs) ?? string.Empty,
                Kind = result.GetValue(kind) is { } k ? KindNames.Parse(k) : EntityKind.Unspecified,
                IdField = result.GetValue(idField) ?? string.Empty,
            };
            using var client = context.Connect();
            var summary = result.GetValue(json)
                ? await client.ImportFileAsync(path.FullName, header, null, cancellationToken)
                : await WithProgressAsync(context.Console, p => client.ImportFileAsync(path.FullName, header, p, cancellationToken));
            if (result.GetValue(json))
            {
                context.Console.Profile.Out.Writer.WriteLine(JsonFormatter.Default.Format(summary));
            }
            else
            {
                ImportReport.Print(context.Console, summary, result.GetValue(show));
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static async Task<ImportSummary> WithProgressAsync(IAnsiConsole console, Func<IProgress<ImportProgress>, Task<ImportSummary>> import) =>
        await console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
            .StartAsync(async progress =>
            {
                var stages = new Dictionary<ImportStage, ProgressTask>();
                var reporter = new StageReporter(update =>
                {
                    if (!stages.TryGetValue(update.Stage, out var task))
                    {
                        task = progress.AddTask(StageName(update.Stage), maxValue: Math.Max(1, update.Total));
                        stages[update.Stage] = task;
                    }

                    task.MaxValue = Math.Max(1, update.Total);
                    task.Value = Math.Min(update.Done, task.MaxValue);
                });
                var summary = await import(reporter);
                reporter.Finish(() =>
                {
                    foreach (var task in stages.Values)
                    {
                        task.Value = task.MaxValue;
                    }
                });

                return summary;
            });

    private static string StageName(ImportStage stage) => stage switch
    {
        ImportStage.Uploading => "Uploading",
        ImportStage.Reading => "Reading",
        ImportStage.Writing => "Writing entities",
        ImportStage.Indexing => "Updating tiles",
        _ => stage.ToString(),
    };

    private static ImportFormat ParseFormat(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        null or "" => ImportFormat.Unspecified,
        "geojson" => ImportFormat.Geojson,
        "cityjson" => ImportFormat.Cityjson,
        "cityjsonseq" or "jsonl" => ImportFormat.CityjsonSeq,
        "shapefile" or "shp" => ImportFormat.Shapefile,
        "geopackage" or "gpkg" => ImportFormat.Geopackage,
        _ => throw new UsageException($"unknown format '{name}': use geojson, cityjson, cityjsonseq, shapefile or geopackage"),
    };

    /// <summary>
    /// Shows progress as it is reported, one report at a time. (<see cref="Progress{T}"/> would post
    /// each report to the thread pool, where reports from the upload and the server's stream ran at
    /// once, and after the import had returned, on a dictionary that is not thread-safe.)
    /// </summary>
    private sealed class StageReporter(Action<ImportProgress> show) : IProgress<ImportProgress>
    {
        private readonly Lock _gate = new();

        public void Report(ImportProgress value)
        {
            lock (_gate)
            {
                show(value);
            }
        }

        public void Finish(Action done)
        {
            lock (_gate)
            {
                done();
            }
        }
    }
}
