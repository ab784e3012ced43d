using System.Globalization;
using System.Text;
using System.Text.Json;
using Twin.Models.City;
using Twin.Models.Geo;
using Twin.Silo.Sensors;

namespace Twin.Silo.Http;

/// <summary>The public sensor register as open-data files: GeoJSON (RFC 7946, WGS84) and CSV (RFC 4180, WGS84 and RD New).</summary>
public static class RegisterFiles
{
    private static readonly string[] Columns =
    [
        "id", "name", "kind", "owner", "purpose", "quantities", "legal_basis", "dpia_reference", "retention_days",
        "start_date", "end_date", "status", "simulated", "longitude", "latitude", "rd_x", "rd_y", "segment_id", "zone_id",
    ];

    public static string GeoJson(IReadOnlyList<Sensor> sensors, SimulatedSensors simulated)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("type", "FeatureCollection");
            json.WriteStartArray("features");
            foreach (var sensor in sensors)
            {
                var geo = RdNew.ToWgs84(sensor.Location);
                json.WriteStartObject();
                json.WriteString("type", "Feature");
                json.WriteString("id", sensor.Id);
                json.WriteStartObject("geometry");
                json.WriteString("type", "Point");
                json.WriteStartArray("coordinates");
                json.WriteNumberValue(Math.Round(geo.Longitude, 7));
                json.WriteNumberValue(Math.Round(geo.Latitude, 7));
                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteStartObject("properties");
                var values = Values(sensor, simulated);
                for (var i = 0; i < Columns.Length; i++)
                {
                    if (Columns[i] is not ("longitude" or "latitude"))
                    {
                        json.WriteString(Columns[i], values[i]);
                    }
                }

                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static string Csv(IReadOnlyList<Sensor> sensors, SimulatedSensors simulated)
    {
        var csv = new StringBuilder();
        csv.Append(string.Join(',', Columns)).Append("\r\n");
        foreach (var sensor in sensors)
        {
            csv.Append(string.Join(',', Values(sensor, simulated).Select(Quote))).Append("\r\n");
        }

        return csv.ToString();
    }

    private static string[] Values(Sensor sensor, SimulatedSensors simulated)
    {
        var geo = RdNew.ToWgs84(sensor.Location);
        var register = sensor.Register;
        return
        [
            sensor.Id, sensor.Name, Kind(sensor.SensorKind), register.Owner, register.Purpose, string.Join(' ', register.Quantities),
            register.LegalBasis, register.DpiaReference, Number(register.RetentionDays), register.StartDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            register.EndDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", register.Status.ToString().ToLowerInvariant(),
            simulated.Contains(sensor.Id) ? "true" : "false",
            Number(Math.Round(geo.Longitude, 7)), Number(Math.Round(geo.Latitude, 7)), Number(sensor.Location.X), Number(sensor.Location.Y),
            sensor.SegmentId ?? "", sensor.ZoneId ?? "",
        ];
    }

    private static string Kind(SensorKind kind) => kind switch
    {
        SensorKind.TrafficCamera => "traffic_camera",
        SensorKind.AirQuality => "air_quality",
        SensorKind.CrowdCounter => "crowd_counter",
        SensorKind.Noise => "noise",
        _ => kind.ToString(),
    };

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
