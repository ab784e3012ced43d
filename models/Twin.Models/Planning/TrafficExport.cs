using System.Globalization;
using System.Text;
using System.Text.Json;
using Twin.Models.City;
using Twin.Models.Geo;

namespace Twin.Models.Planning;

/// <summary>
/// A scenario's traffic per street segment as open files: GeoJSON (RFC 7946, WGS84, one LineString
/// feature per segment) and CSV (one row per segment). With a comparison, the change against today
/// sits beside each segment.
/// </summary>
public static class TrafficExport
{
    public static byte[] GeoJson(ScenarioTrafficResult run, IEnumerable<StreetSegment> streets, TrafficComparison? comparison, AirQualityComparison? air = null)
    {
        var airByStreet = air?.Streets.ToDictionary(s => s.SegmentId, StringComparer.Ordinal);
        var lines = streets.ToDictionary(s => s.Id, s => s.Centreline, StringComparer.Ordinal);
        var changes = comparison?.Segments.ToDictionary(c => c.SegmentId, StringComparer.Ordinal);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("type", "FeatureCollection");
            json.WriteString("scenario", run.Scenario);
            json.WriteNumber("editVersion", run.EditVersion);
            json.WriteStartArray("features");
            foreach (var segment in run.Segments.Where(s => lines.ContainsKey(s.SegmentId)))
            {
                json.WriteStartObject();
                json.WriteString("type", "Feature");
                json.WriteStartObject("geometry");
                json.WriteString("type", "LineString");
                json.WriteStartArray("coordinates");
                foreach (var point in lines[segment.SegmentId].Points)
                {
                    var geo = RdNew.ToWgs84(point);
                    json.WriteStartArray();
                    json.WriteNumberValue(Math.Round(geo.Longitude, 7));
                    json.WriteNumberValue(Math.Round(geo.Latitude, 7));
                    json.WriteEndArray();
                }

                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteStartObject("properties");
                foreach (var (name, value) in Fields(segment, changes?.GetValueOrDefault(segment.SegmentId), airByStreet?.GetValueOrDefault(segment.SegmentId)))
                {
                    WriteValue(json, name, value);
                }

                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    public static byte[] Csv(ScenarioTrafficResult run, TrafficComparison? comparison, AirQualityComparison? air = null)
    {
        var changes = comparison?.Segments.ToDictionary(c => c.SegmentId, StringComparer.Ordinal);
        var airByStreet = air?.Streets.ToDictionary(s => s.SegmentId, StringComparer.Ordinal);
        var text = new StringBuilder();
        var rows = run.Segments.Select(s => Fields(s, changes?.GetValueOrDefault(s.SegmentId), airByStreet?.GetValueOrDefault(s.SegmentId))).ToList();
        if (rows.Count == 0)
        {
            return [];
        }

        text.AppendLine(string.Join(',', rows[0].Select(f => f.Name)));
        foreach (var row in rows)
        {
            text.AppendLine(string.Join(',', row.Select(f => CsvValue(f.Value))));
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static List<(string Name, object? Value)> Fields(SegmentTraffic segment, SegmentChange? change, StreetAirChange? air)
    {
        var fields = new List<(string, object?)>
        {
            ("segmentId", segment.SegmentId),
            ("streetName", segment.StreetName),
            ("forwardFlow", Math.Round(segment.ForwardFlow, 1)),
            ("backwardFlow", Math.Round(segment.BackwardFlow, 1)),
            ("flow", Math.Round(segment.Flow, 1)),
            ("volumeCapacity", Math.Round(segment.VolumeCapacity, 3)),
            ("congestedSpeed", Math.Round(segment.CongestedSpeed, 1)),
            ("closed", segment.Closed),
            ("observedFlow", segment.ObservedFlow),
        };
        if (change is not null)
        {
            fields.Add(("baseFlow", Math.Round(change.BaseFlow, 1)));
            fields.Add(("flowChange", Math.Round(change.FlowChange, 1)));
            fields.Add(("volumeCapacityChange", Math.Round(change.VolumeCapacityChange, 3)));
        }

        if (air is not null)
        {
            // Annual means at the street's SRM1 calculation point, µg/m³ (today's beside the plan's when today ran).
            fields.Add(("no2", Round(air.Plan?.NO2)));
            fields.Add(("pm10", Round(air.Plan?.PM10)));
            fields.Add(("pm25", Round(air.Plan?.PM25)));
            fields.Add(("roadType", air.Plan?.RoadType.ToString()));
            fields.Add(("treeFactor", air.Plan?.TreeFactor));
            fields.Add(("baseNo2", Round(air.Today?.NO2)));
            fields.Add(("no2Change", air.Today is null || air.Plan is null ? null : Math.Round(air.No2Change, 2)));
        }

        return fields;
    }

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 2) : null;

    private static void WriteValue(Utf8JsonWriter json, string name, object? value)
    {
        switch (value)
        {
            case null: json.WriteNull(name); break;
            case string text: json.WriteString(name, text); break;
            case bool flag: json.WriteBoolean(name, flag); break;
            case double number: json.WriteNumber(name, number); break;
            default: json.WriteString(name, Convert.ToString(value, CultureInfo.InvariantCulture)); break;
        }
    }

    private static string CsvValue(object? value) => value switch
    {
        null => string.Empty,
        string text when text.IndexOfAny([',', '"', '\n', '\r']) >= 0 => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"",
        string text => text,
        bool flag => flag ? "true" : "false",
        double number => number.ToString("0.###", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
