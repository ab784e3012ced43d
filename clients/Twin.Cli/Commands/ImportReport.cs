using Spectre.Console;
using Twin.Api.V1;

namespace Twin.Cli.Commands;

/// <summary>The human-readable import summary: counts, warnings, then rejections grouped by reason with examples.</summary>
public static class ImportReport
{
    private const int MaxCommonMessages = 8;

    public static void Print(IAnsiConsole console, ImportSummary summary, int examples)
    {
        var read = summary.Read;
        console.MarkupLineInterpolated($"[bold]{summary.FileName}[/]: {summary.FeatureCount} features read");
        var table = new Table().AddColumn("Imported").AddColumn(new TableColumn("Count").RightAligned());
        AddRow(table, "Buildings", read.Buildings);
        AddRow(table, "Street segments", read.StreetSegments);
        AddRow(table, "Sensors", read.Sensors);
        AddRow(table, "Trees", read.Trees);
        AddRow(table, "Utility lines", read.UtilityLines);
        console.Write(table);
        console.WriteLine(Formats.Invariant(
            $"{summary.Created} created, {summary.Updated} updated, {summary.Unchanged} unchanged; {summary.TilesUpdated} tiles updated; dataset version {summary.DatasetVersion}"));
        PrintWarnings(console, summary, examples);
        if (summary.Rejections.Count == 0)
        {
            console.WriteLine("No features rejected.");
            return;
        }

        console.MarkupLineInterpolated($"[yellow]{summary.Rejections.Count} features not imported:[/]");
        foreach (var group in summary.Rejections.GroupBy(r => r.Reason).OrderByDescending(g => g.Count()))
        {
            console.WriteLine(Formats.Invariant($"  {ReasonName(group.Key)}: {group.Count()}"));
            PrintCommonMessages(console, group);
        }

        if (examples > 0)
        {
            console.WriteLine("Rejected features:");
        }

        foreach (var rejection in summary.Rejections.Take(Math.Max(0, examples)))
        {
            var id = rejection.FeatureId.Length > 0 ? $" ({rejection.FeatureId})" : string.Empty;
            console.WriteLine(Formats.Invariant($"  feature {rejection.FeatureIndex}{id}: {ReasonName(rejection.Reason)}: {rejection.Message}"));
        }

        if (summary.Rejections.Count > examples)
        {
            console.WriteLine(Formats.Invariant($"  ... and {summary.Rejections.Count - examples} more (--show-rejections N, or --json for all)"));
        }
    }

    public static string ReasonName(RejectionReason reason) => reason switch
    {
        RejectionReason.InvalidGeometry => "invalid geometry",
        RejectionReason.MissingHeight => "missing height",
        RejectionReason.UnknownCrs => "unknown CRS",
        RejectionReason.DuplicateId => "duplicate id",
        RejectionReason.MissingAttribute => "missing attribute",
        RejectionReason.InvalidAttribute => "invalid attribute",
        RejectionReason.UnsupportedType => "unsupported type",
        RejectionReason.OutsideDomain => "outside the RD New domain",
        _ => reason.ToString(),
    };

    /// <summary>Parts left out of imported features (LOD2 faces that cannot be triangulated), with the first examples.</summary>
    private static void PrintWarnings(IAnsiConsole console, ImportSummary summary, int examples)
    {
        if (summary.Warnings.Count == 0)
        {
            return;
        }

        console.MarkupLineInterpolated($"[yellow]{summary.Warnings.Count} warnings: parts of imported features left out[/]");
        foreach (var warning in summary.Warnings.Take(Math.Max(0, examples)))
        {
            var id = warning.FeatureId.Length > 0 ? $" ({warning.FeatureId})" : string.Empty;
            console.WriteLine(Formats.Invariant($"  feature {warning.FeatureIndex}{id}: {warning.Message}"));
        }

        if (summary.Warnings.Count > examples)
        {
            console.WriteLine(Formats.Invariant($"  ... and {summary.Warnings.Count - examples} more (--json for all)"));
        }
    }

    /// <summary>Messages shared by several features (for example one per CityJSON type skipped), most frequent first.</summary>
    private static void PrintCommonMessages(IAnsiConsole console, IEnumerable<ImportRejection> rejections)
    {
        var shared = rejections.GroupBy(r => r.Message).Where(g => g.Count() > 1).OrderByDescending(g => g.Count()).Take(MaxCommonMessages);
        foreach (var message in shared)
        {
            console.WriteLine(Formats.Invariant($"    {message.Count()} x {message.Key}"));
        }
    }

    private static void AddRow(Table table, string kind, int count)
    {
        if (count > 0)
        {
            table.AddRow(kind, count.ToString("N0", Formats.Culture));
        }
    }
}
