using System.Globalization;
using Spectre.Console;
using Twin.Api.V1;

namespace Twin.Cli.Commands;

/// <summary>The parts of <c>twin scenario compare</c> beyond traffic: planning indicators, trees and underground conflicts.</summary>
public static class ScenarioComparisonText
{
    public static void Write(IAnsiConsole console, ScenarioComparison comparison)
    {
        AirQuality(console, comparison.AirQuality);
        Sun(console, comparison.Sun);
        Indicators(console, comparison);
    }

    private static void AirQuality(IAnsiConsole console, AirQualityComparison? air)
    {
        if (air is null)
        {
            console.WriteLine("No air quality yet: run base and the scenario (twin scenario run) to work it out.");
            return;
        }

        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"NO2 along the streets (annual mean, SRM1; emission factors {air.EmissionYear}, background {air.BackgroundYear}): {air.ChangedStreets} streets changed by more than 0.1 µg/m³; above the limit of 40: {air.BaseStreetsAboveNo2Limit} today, {air.ScenarioStreetsAboveNo2Limit} planned; highest {air.BaseMaxNo2:0.0} -> {air.ScenarioMaxNo2:0.0} µg/m³."));
        var table = new Table().AddColumn("Segment").AddColumn("Street").AddColumn("NO2 today", c => c.RightAligned()).AddColumn("NO2 plan", c => c.RightAligned())
            .AddColumn("Change", c => c.RightAligned()).AddColumn("PM10 plan", c => c.RightAligned()).AddColumn("PM2.5 plan", c => c.RightAligned()).AddColumn("Road type");
        foreach (var s in air.MostChanged)
        {
            table.AddRow(Markup.Escape(s.SegmentId), Markup.Escape(s.StreetName), D(s.BaseNo2), D(s.ScenarioNo2), s.No2Change.ToString("+0.00;-0.00;0", CultureInfo.InvariantCulture), D(s.ScenarioPm10), D(s.ScenarioPm25), s.RoadType);
        }

        console.Write(table);
        foreach (var q in air.Agreement)
        {
            console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Model against {q.Count} sensors, {q.Quantity}: measured {q.MeanMeasured:0.0}, modelled {q.MeanModelled:0.0} µg/m³, bias {q.Bias:+0.0;-0.0;0}, RMSE {q.RootMeanSquareError:0.0}"));
        }
    }

    private static void Sun(IAnsiConsole console, SunComparison? sun)
    {
        if (sun is null)
        {
            console.WriteLine("No sun hours yet: run the scenario (twin scenario run) to work them out for its plan area.");
            return;
        }

        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Sun (light TNO norm: {sun.RequiredHours:0} possible sun hours every day {sun.From} to {sun.To}; {sun.Points:N0} facade points): dwelling buildings meeting it {sun.BaseBuildingsMeetingNorm} of {sun.BaseBuildingsWithDwellings} today, {sun.ScenarioBuildingsMeetingNorm} of {sun.ScenarioBuildingsWithDwellings} planned."));
        console.WriteLine($"Newly failing the TNO norm: {sun.NewlyFailing.Count} buildings, {sun.NewlyFailingDwellings} dwellings.");
        foreach (var b in sun.NewlyFailing)
        {
            console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {b.BuildingId} ({b.Dwellings} dwellings): worst day {b.MinDailyHoursBefore:0.0} h -> {b.MinDailyHoursAfter:0.0} h"));
        }

        foreach (var b in sun.NewFailing)
        {
            console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  new building {b.BuildingId} ({b.Dwellings} dwellings) fails: worst day {b.MinDailyHoursAfter:0.0} h"));
        }
    }

    private static void Indicators(IAnsiConsole console, ScenarioComparison comparison)
    {
        if (comparison.Indicators is not { } indicators)
        {
            console.WriteLine("No planning indicators yet: run the scenario (twin scenario run) to work them out.");
            return;
        }

        console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Plan area {indicators.Base.PlanArea / 10_000:0.0} ha (edit version {indicators.Version}):"));
        var table = new Table().AddColumn("Indicator").AddColumn("Today", c => c.RightAligned()).AddColumn(comparison.Id, c => c.RightAligned()).AddColumn("Change", c => c.RightAligned());
        Row(table, "gross floor area (m²)", indicators.Base.GrossFloorArea, indicators.Planned.GrossFloorArea, "N0");
        foreach (var use in indicators.Base.FloorAreaByUse.Select(u => u.Use).Union(indicators.Planned.FloorAreaByUse.Select(u => u.Use)))
        {
            Row(table, $"  {use} (m²)", Area(indicators.Base, use), Area(indicators.Planned, use), "N0");
        }

        Row(table, "dwellings", indicators.Base.Dwellings, indicators.Planned.Dwellings, "N0");
        Row(table, "jobs", indicators.Base.Jobs, indicators.Planned.Jobs, "N0");
        Row(table, "floor-space index", indicators.Base.FloorSpaceIndex, indicators.Planned.FloorSpaceIndex, "0.00");
        Row(table, "ground coverage (%)", indicators.Base.GroundCoverage * 100, indicators.Planned.GroundCoverage * 100, "0.0");
        Row(table, "trees", indicators.Base.Trees, indicators.Planned.Trees, "N0");
        Row(table, "protected trees", indicators.Base.ProtectedTrees, indicators.Planned.ProtectedTrees, "N0");
        Row(table, "canopy (m²)", indicators.Base.CanopyArea, indicators.Planned.CanopyArea, "N0");
        Row(table, "car trips per weekday", indicators.Base.TripsPerDay, indicators.Planned.TripsPerDay, "N0");
        Row(table, "car trips, morning peak hour", indicators.Base.TripsMorningPeakHour, indicators.Planned.TripsMorningPeakHour, "N0");
        console.Write(table);
        console.WriteLine($"Trees removed: {indicators.TreesRemoved}; protected trees affected: {indicators.ProtectedTreesAffected}.");
        foreach (var tree in indicators.Trees)
        {
            var where = tree.BuildingId.Length > 0 ? $" by {tree.BuildingId}" : string.Empty;
            console.WriteLine($"  {tree.TreeId} ({tree.Species}, {tree.Protection}): {tree.Impact}{where}");
        }

        console.WriteLine($"Underground conflicts: {indicators.UndergroundConflicts.Count}.");
        foreach (var conflict in indicators.UndergroundConflicts)
        {
            var where = conflict.Distance <= 0 ? "runs under" : string.Create(CultureInfo.InvariantCulture, $"{conflict.Distance:0.0} m from");
            console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {conflict.UtilityKind} {conflict.UtilityLineId} ({conflict.Owner}, top {conflict.DepthOfTop:0.0} m deep) {where} {conflict.BuildingId}"));
        }
    }

    /// <summary>A box in RD New from "MIN_X,MIN_Y,MAX_X,MAX_Y".</summary>
    public static BoundingBox Box(string text, string option)
    {
        var parts = text.Split(',');
        var values = parts.Select(p => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) ? v : (double?)null).ToArray();
        if (values.Length != 4 || values.Any(v => v is null))
        {
            throw new UsageException($"{option} takes MIN_X,MIN_Y,MAX_X,MAX_Y in RD New metres, not '{text}'");
        }

        return new BoundingBox { MinX = values[0]!.Value, MinY = values[1]!.Value, MaxX = values[2]!.Value, MaxY = values[3]!.Value, Crs = Crs.RdNew };
    }

    private static string D(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    private static double Area(PlanMeasures measures, string use) => measures.FloorAreaByUse.FirstOrDefault(u => u.Use == use)?.FloorArea ?? 0;

    private static void Row(Table table, string name, double today, double planned, string format) =>
        table.AddRow(
            Markup.Escape(name),
            today.ToString(format, CultureInfo.InvariantCulture),
            planned.ToString(format, CultureInfo.InvariantCulture),
            Signed(planned - today, format == "N0" ? "#,0" : format));

    private static string Signed(double value, string format) => value.ToString("+" + format + ";-" + format + ";0", CultureInfo.InvariantCulture);
}
