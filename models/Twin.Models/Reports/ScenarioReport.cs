using System.Globalization;
using System.Net;
using System.Text;
using Twin.Models.Air;
using Twin.Models.City;
using Twin.Models.Daylight;
using Twin.Models.Planning;

namespace Twin.Models.Reports;

/// <summary>
/// A scenario's comparison with today as one readable HTML page for planners, the council and
/// participation sessions: what the plan changes, traffic, the planning indicators with charts,
/// trees and underground conflicts, and a map of the plan area. Self-contained (no scripts, no
/// requests to the internet), so it can be mailed, printed or archived with the decision.
/// </summary>
public static class ScenarioReport
{
    public static string Html(ScenarioReportInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var html = new StringBuilder();
        var scenario = input.Scenario;
        html.Append("<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>")
            .Append(E($"{scenario.Name} — Twin Hilversum")).Append("</title><style>")
            .Append("body{font-family:system-ui,sans-serif;max-width:900px;margin:2em auto;padding:0 1em;font-size:17px;line-height:1.45;color:#1b1b1b}")
            .Append("table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{border-bottom:1px solid #ddd;padding:4px 10px;text-align:right}td:first-child,th:first-child{text-align:left}")
            .Append(".up{color:#b00020}.down{color:#006b3c}h2{margin-top:1.8em;border-bottom:2px solid #e07b00}small{color:#555}")
            .Append("</style></head><body>");
        html.Append("<h1>").Append(E(scenario.Name)).Append("</h1>");
        html.Append("<p>").Append(E(scenario.Description)).Append("</p>");
        html.Append("<p><small>").Append(E(string.Create(CultureInfo.InvariantCulture,
            $"Scenario '{scenario.Id}', edit version {scenario.Version}; plan run {input.PlanTraffic.RanAt:yyyy-MM-dd HH:mm} UTC, today's run {input.BaseTraffic.RanAt:yyyy-MM-dd HH:mm} UTC; report made {input.GeneratedAt:yyyy-MM-dd HH:mm} UTC by Twin.")))
            .Append("</small></p>");
        Edits(html, scenario);
        Traffic(html, input);
        if (input.Assessment?.AirQuality is { } planAir && input.BaseAssessment?.AirQuality is { } todayAir)
        {
            AirQuality(html, AirQualityComparison.Compare(todayAir, planAir), planAir, input.Assessment.Measurements);
        }
        if (input.Assessment is { SunToday: { } sunToday, SunPlan: { } sunPlan })
        {
            Sun(html, sunToday, sunPlan);
        }

        if (input.Assessment?.Indicators is { } indicators)
        {
            Indicators(html, indicators);
            Impact(html, indicators.Impact);
            Map(html, input, indicators);
        }
        else
        {
            html.Append("<h2>Planning indicators</h2><p>Not worked out yet: run the scenario again to add them.</p>");
        }

        html.Append("</body></html>");
        return html.ToString();
    }

    private static void Edits(StringBuilder html, ScenarioDefinition scenario)
    {
        html.Append("<h2>What the plan changes</h2><ol>");
        foreach (var edit in scenario.Edits)
        {
            html.Append("<li>").Append(E(edit.Describe())).Append("</li>");
        }

        html.Append("</ol>");
    }

    private static void Traffic(StringBuilder html, ScenarioReportInput input)
    {
        var comparison = TrafficComparison.Compare(input.BaseTraffic, input.PlanTraffic);
        html.Append("<h2>Traffic (morning peak hour)</h2>");
        Table(html, ["", "Today", "Plan", "Change"],
        [
            Row("vehicle-hours", input.BaseTraffic.VehicleHours, input.PlanTraffic.VehicleHours),
            Row("vehicle-km", input.BaseTraffic.VehicleKilometres, input.PlanTraffic.VehicleKilometres),
            Row("car trips", input.BaseTraffic.Trips, input.PlanTraffic.Trips),
        ]);
        html.Append("<p>Streets whose traffic changes most (vehicles per hour, both directions):</p>");
        Table(html, ["Street", "Segment", "Today", "Plan", "Change"],
            [.. comparison.MostChanged(10).Select(s => new[] { E(s.StreetName), E(s.SegmentId), N(s.BaseFlow), N(s.ScenarioFlow), Signed(s.FlowChange) })]);
    }

    private static void AirQuality(StringBuilder html, AirQualityComparison comparison, StreetAirQualityResult plan, ModelMeasurementReport? measurements)
    {
        html.Append("<h2>Air quality along the streets (annual means, SRM1)</h2>");
        html.Append(CultureInfo.InvariantCulture, $"<p>Emission factors of {plan.EmissionYear}, background of {plan.BackgroundYear}. Streets above the annual NO2 limit of {AirQualityComparison.No2Limit:0} µg/m³: {comparison.TodayAboveNo2Limit} today, {comparison.PlanAboveNo2Limit} in the plan; highest NO2 {comparison.TodayMaxNo2:0.0} today, {comparison.PlanMaxNo2:0.0} µg/m³ in the plan.</p>");
        var most = comparison.MostChanged(10);
        Table(html, ["Street", "Segment", "NO2 today", "NO2 plan", "Change", "PM10 plan", "PM2.5 plan"],
            [.. most.Select(s => new[] { E(s.StreetName), E(s.SegmentId), D(s.Today?.NO2 ?? 0), D(s.Plan?.NO2 ?? 0), Signed(s.No2Change, "0.0"), D(s.Plan?.PM10 ?? 0), D(s.Plan?.PM25 ?? 0) })]);
        html.Append(BarChart.Svg("NO2 where it changes most", "µg/m³", [.. most.Take(6).Select(s => (s.StreetName, s.Today?.NO2 ?? 0, s.Plan?.NO2 ?? 0))]));
        if (measurements is { Quantities.IsEmpty: false })
        {
            html.Append("<p>The model against the air-quality sensors (their calibrated means of the last 30 days, at the nearest calculation point):</p>");
            Table(html, ["Quantity", "Sensors", "Measured", "Modelled", "Bias", "RMSE"],
                [.. measurements.Quantities.Select(q => new[] { E(q.Quantity.ToString()), q.Count.ToString(CultureInfo.InvariantCulture), D(q.MeanMeasured), D(q.MeanModelled), D(q.Bias), D(q.RootMeanSquareError) })]);
        }
    }

    private static void Sun(StringBuilder html, SunHoursResult today, SunHoursResult plan)
    {
        var comparison = SunHoursComparison.Compare(today, plan);
        html.Append("<h2>Sun and the light TNO norm</h2>");
        html.Append(CultureInfo.InvariantCulture,
            $"<p>The light TNO norm asks at least {plan.RequiredHours:0} possible sun hours every day from {plan.From:d MMMM} to {plan.To:d MMMM} at a dwelling's facade (worked out every {plan.Spacing:0.#} m along each outside wall, ground floor, {plan.PointCount:N0} points). ");
        html.Append(CultureInfo.InvariantCulture,
            $"Buildings with dwellings meeting it: {today.Buildings.Count(b => b.HasDwellings && b.MeetsNorm)} of {today.Buildings.Count(b => b.HasDwellings)} today, {plan.Buildings.Count(b => b.HasDwellings && b.MeetsNorm)} of {plan.Buildings.Count(b => b.HasDwellings)} in the plan.</p>");
        html.Append(CultureInfo.InvariantCulture, $"<p><strong>{comparison.NewlyFailing.Length} buildings ({comparison.NewlyFailingDwellings} dwellings) meet the norm today and fail it in the plan.</strong></p>");
        Table(html, ["Building", "Dwellings", "Worst day today (h)", "Worst day plan (h)", "Mean today (h/day)", "Mean plan (h/day)"],
            [.. comparison.NewlyFailing.Concat(comparison.NewFailing).Select(b => new[]
            {
                E(b.BuildingId) + (b.IsNew ? " (new)" : string.Empty), b.Dwellings.ToString(CultureInfo.InvariantCulture),
                b.MinDailyHoursBefore is { } min ? D(min) : "—", D(b.MinDailyHoursAfter), b.MeanDailyHoursBefore is { } mean ? D(mean) : "—", D(b.MeanDailyHoursAfter),
            })]);
        var most = comparison.Buildings.Where(b => !b.IsNew).OrderBy(b => b.MeanDailyHoursChange).Take(6);
        html.Append(BarChart.Svg("Sun hours where they fall most (mean per day)", "h", [.. most.Select(b => (b.BuildingId, b.MeanDailyHoursBefore ?? 0, b.MeanDailyHoursAfter))]));
    }

    private static void Indicators(StringBuilder html, PlanIndicators indicators)
    {
        var (today, plan) = (indicators.Base, indicators.Planned);
        html.Append("<h2>Planning indicators of the plan area</h2>");
        html.Append(CultureInfo.InvariantCulture, $"<p>Plan area {today.PlanArea / 10_000:0.0} ha.</p>");
        Table(html, ["", "Today", "Plan", "Change"],
        [
            Row("gross floor area (m²)", today.GrossFloorArea, plan.GrossFloorArea),
            Row("dwellings", today.Dwellings, plan.Dwellings),
            Row("jobs", today.Jobs, plan.Jobs),
            Row("floor-space index", today.FloorSpaceIndex, plan.FloorSpaceIndex, "0.00"),
            Row("ground coverage (%)", today.GroundCoverage * 100, plan.GroundCoverage * 100, "0.0"),
            Row("trees", today.Trees, plan.Trees),
            Row("protected trees", today.ProtectedTrees, plan.ProtectedTrees),
            Row("canopy (m²)", today.CanopyArea, plan.CanopyArea),
            Row("car trips per weekday", today.TripsPerDay, plan.TripsPerDay),
        ]);
        var uses = today.FloorAreaByUse.Select(u => u.Use).Union(plan.FloorAreaByUse.Select(u => u.Use)).Order();
        html.Append(BarChart.Svg("Gross floor area by use", "m²", [.. uses.Select(u => (u.ToString(), Area(today, u), Area(plan, u)))]));
    }

    private static void Impact(StringBuilder html, PlanImpact impact)
    {
        html.Append("<h2>Trees</h2>");
        html.Append(CultureInfo.InvariantCulture, $"<p>{impact.TreesRemoved} trees removed; {impact.ProtectedTreesAffected} protected trees affected.</p>");
        Table(html, ["Tree", "Species", "Protection", "What happens", "Building"],
            [.. impact.Trees.Select(t => new[] { E(t.TreeId), E(t.Species), E(t.Protection.ToString()), E(t.Impact.ToString()), E(t.BuildingId ?? "") })]);
        html.Append("<h2>Underground conflicts</h2>");
        html.Append(CultureInfo.InvariantCulture, $"<p>{impact.UndergroundConflicts.Length} utility lines lie above a new foundation's depth under or beside a new building.</p>");
        Table(html, ["Building", "Line", "Kind", "Owner", "Top depth (m)", "Distance (m)"],
            [.. impact.UndergroundConflicts.Select(c => new[] { E(c.BuildingId), E(c.UtilityLineId), E(c.UtilityKind.ToString()), E(c.Owner), D(c.DepthOfTop), c.Under ? "under" : D(c.Distance) })]);
    }

    private static void Map(StringBuilder html, ScenarioReportInput input, PlanIndicators indicators)
    {
        var box = indicators.Area.Envelope;
        var felled = indicators.Impact.Trees.Where(t => t.IsRemoved).Select(t => t.TreeId).ToHashSet(StringComparer.Ordinal);
        var added = indicators.Impact.NewBuildings.ToHashSet(StringComparer.Ordinal);
        var planTraffic = input.PlanTraffic.Segments.ToDictionary(s => s.SegmentId, StringComparer.Ordinal);
        var todayTraffic = input.BaseTraffic.Segments.ToDictionary(s => s.SegmentId, StringComparer.Ordinal);
        ReportMapLayer[] layers =
        [
            new("streets", [.. input.Planned.StreetSegments.Where(s => s.Envelope.Intersects(box)).Select(s =>
            {
                var change = (planTraffic.GetValueOrDefault(s.Id)?.Flow ?? 0) - (todayTraffic.GetValueOrDefault(s.Id)?.Flow ?? 0);
                return new ReportMapShape($"{s.StreetName}: {Signed(change)} veh/h", change > 20 ? "#d7301f" : change < -20 ? "#1a9850" : "#b8b8b8", Line: s.Centreline, Width: Math.Max(s.Width, 3));
            })]),
            new("buildings", [.. input.Planned.Buildings.Where(b => b.Envelope.Intersects(box)).Select(b =>
                new ReportMapShape($"{b.Id} ({b.Use}, {b.Storeys} storeys)", added.Contains(b.Id) ? "#e07b00" : "#c9c4b8", Polygon: b.Footprint))]),
            new("trees", [.. input.Today.Trees.Where(t => box.Contains(t.Location)).Select(t =>
                new ReportMapShape($"{t.Id} {t.Species}{(felled.Contains(t.Id) ? " (removed)" : string.Empty)}", felled.Contains(t.Id) ? "#b00020" : "#3b8d3b", Point: t.Location, Width: Math.Max(t.CrownDiameter / 4, 1)))]),
            new("conflicts", [.. indicators.Impact.UndergroundConflicts.Select(c => input.Planned.UtilityLines.FirstOrDefault(l => l.Id == c.UtilityLineId))
                .OfType<UtilityLine>().Select(l => new ReportMapShape($"{l.UtilityKind} {l.Id}", "#6a00b0", Line: l.Centreline, Width: 1))]),
        ];
        html.Append("<h2>Map of the plan area</h2><p>New buildings orange; removed trees red; streets red where traffic grows, green where it falls; utility lines in conflict purple.</p>");
        html.Append(ReportMap.Svg(box, layers, "RD New (EPSG:28992), north up"));
    }

    private static double Area(PlanMeasures measures, BuildingUse use) => measures.FloorAreaByUse.FirstOrDefault(u => u.Use == use)?.FloorArea ?? 0;

    private static string[] Row(string name, double today, double plan, string format = "N0") =>
        [E(name), today.ToString(format, CultureInfo.InvariantCulture), plan.ToString(format, CultureInfo.InvariantCulture), Signed(plan - today, format)];

    private static void Table(StringBuilder html, string[] headers, IReadOnlyList<string[]> rows)
    {
        html.Append("<table><tr>").AppendJoin(string.Empty, headers.Select(h => $"<th>{E(h)}</th>")).Append("</tr>");
        foreach (var row in rows)
        {
            html.Append("<tr>").AppendJoin(string.Empty, row.Select(cell => $"<td>{cell}</td>")).Append("</tr>");
        }

        html.Append("</table>");
    }

    private static string Signed(double value, string format = "N0")
    {
        var plain = format == "N0" ? "#,0" : format;
        var text = value.ToString("+" + plain + ";-" + plain + ";0", CultureInfo.InvariantCulture);
        return value > 0 ? $"<span class=\"up\">{text}</span>" : value < 0 ? $"<span class=\"down\">{text}</span>" : text;
    }

    private static string N(double value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string D(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
