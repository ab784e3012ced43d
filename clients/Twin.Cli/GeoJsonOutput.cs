using System.Text;
using System.Text.Json;
using Twin.Api.V1;

namespace Twin.Cli;

/// <summary>
/// Writes entities (with WGS84 coordinates) as a GeoJSON FeatureCollection (RFC 7946) whose
/// properties use the names <c>twin import</c> reads, so an exported area can be imported again.
/// </summary>
public static class GeoJsonOutput
{
    public static string FeatureCollection(IEnumerable<Entity> entities)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = false }))
        {
            json.WriteStartObject();
            json.WriteString("type", "FeatureCollection");
            json.WriteStartArray("features");
            foreach (var entity in entities)
            {
                WriteFeature(json, entity);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteFeature(Utf8JsonWriter json, Entity entity)
    {
        json.WriteStartObject();
        json.WriteString("type", "Feature");
        json.WriteString("id", EntityText.Id(entity));
        json.WritePropertyName("geometry");
        WriteGeometry(json, entity);
        json.WriteStartObject("properties");
        json.WriteString("kind", KindNames.Name(EntityText.Kind(entity)) switch { "street" => "street_segment", "utility" => "utility_line", var k => k });
        WriteProperties(json, entity);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteGeometry(Utf8JsonWriter json, Entity entity)
    {
        switch (entity.EntityCase)
        {
            case Entity.EntityOneofCase.Building:
                json.WriteStartObject();
                json.WriteString("type", "Polygon");
                json.WriteStartArray("coordinates");
                WriteRing(json, entity.Building.Footprint.Shell);
                foreach (var hole in entity.Building.Footprint.Holes)
                {
                    WriteRing(json, hole);
                }

                json.WriteEndArray();
                json.WriteEndObject();
                break;
            case Entity.EntityOneofCase.StreetSegment:
                WriteLine(json, entity.StreetSegment.Centreline);
                break;
            case Entity.EntityOneofCase.UtilityLine:
                WriteLine(json, entity.UtilityLine.Centreline);
                break;
            case Entity.EntityOneofCase.Sensor:
                WritePoint(json, entity.Sensor.Location);
                break;
            case Entity.EntityOneofCase.Tree:
                WritePoint(json, entity.Tree.Location);
                break;
        }
    }

    private static void WriteProperties(Utf8JsonWriter json, Entity entity)
    {
        switch (entity.EntityCase)
        {
            case Entity.EntityOneofCase.Building:
                var b = entity.Building;
                json.WriteNumber("groundLevel", b.GroundLevel);
                json.WriteNumber("roofHeight", b.RoofHeight);
                json.WriteNumber("storeys", b.Storeys);
                json.WriteString("use", EntityText.Enum(b.Use));
                WriteOptional(json, "constructionYear", b.ConstructionYear);
                json.WriteNumber("dwellings", b.Dwellings);
                break;
            case Entity.EntityOneofCase.StreetSegment:
                var s = entity.StreetSegment;
                json.WriteString("fromNode", s.FromNode);
                json.WriteString("toNode", s.ToNode);
                json.WriteNumber("lanesPerDirection", s.LanesPerDirection);
                json.WriteNumber("speedLimit", s.SpeedLimit);
                json.WriteNumber("capacity", s.Capacity);
                json.WriteString("roadClass", EntityText.Enum(s.RoadClass));
                json.WriteBoolean("oneWay", s.OneWay);
                json.WriteString("streetName", s.StreetName);
                json.WriteNumber("width", s.Width);
                break;
            case Entity.EntityOneofCase.Tree:
                var t = entity.Tree;
                json.WriteString("species", t.Species);
                json.WriteNumber("height", t.Height);
                json.WriteNumber("crownDiameter", t.CrownDiameter);
                WriteOptional(json, "trunkCircumference", t.TrunkCircumference);
                WriteOptional(json, "plantingYear", t.PlantingYear);
                json.WriteString("protection", EntityText.Enum(t.Protection));
                WriteOptional(json, "protectionScore", t.ProtectionScore);
                break;
            case Entity.EntityOneofCase.UtilityLine:
                var u = entity.UtilityLine;
                json.WriteString("utilityKind", EntityText.Enum(u.Kind));
                json.WriteNumber("depthOfTop", u.DepthOfTop);
                json.WriteNumber("diameter", u.Diameter);
                json.WriteString("material", u.Material);
                json.WriteString("owner", u.Owner);
                json.WriteNumber("groundLevel", u.GroundLevel);
                break;
            case Entity.EntityOneofCase.Sensor:
                WriteSensor(json, entity.Sensor);
                break;
        }
    }

    private static void WriteSensor(Utf8JsonWriter json, Sensor sensor)
    {
        json.WriteString("name", sensor.Name);
        json.WriteString("sensorKind", EntityText.Enum(sensor.Kind));
        json.WriteNumber("mountingHeight", sensor.MountingHeight);
        if (sensor.SegmentId.Length > 0)
        {
            json.WriteString("segmentId", sensor.SegmentId);
        }

        if (sensor.ZoneId.Length > 0)
        {
            json.WriteString("zoneId", sensor.ZoneId);
        }

        var register = sensor.Register;
        json.WriteStartObject("register");
        json.WriteString("owner", register.Owner);
        json.WriteString("purpose", register.Purpose);
        json.WriteStartArray("quantities");
        foreach (var quantity in register.Quantities)
        {
            json.WriteStringValue(quantity);
        }

        json.WriteEndArray();
        json.WriteString("legalBasis", register.LegalBasis);
        json.WriteString("dpiaReference", register.DpiaReference);
        json.WriteNumber("retentionDays", register.RetentionDays);
        json.WriteString("startDate", register.StartDate.ToDateTime().ToString("yyyy-MM-dd", Formats.Culture));
        if (register.EndDate is not null)
        {
            json.WriteString("endDate", register.EndDate.ToDateTime().ToString("yyyy-MM-dd", Formats.Culture));
        }

        json.WriteBoolean("isPublic", register.IsPublic);
        json.WriteString("status", EntityText.Enum(register.Status));
        json.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, double value)
    {
        if (value != 0)
        {
            json.WriteNumber(name, value);
        }
    }

    private static void WritePoint(Utf8JsonWriter json, Point point)
    {
        json.WriteStartObject();
        json.WriteString("type", "Point");
        json.WriteStartArray("coordinates");
        json.WriteNumberValue(point.X);
        json.WriteNumberValue(point.Y);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteLine(Utf8JsonWriter json, LineString line)
    {
        json.WriteStartObject();
        json.WriteString("type", "LineString");
        json.WriteStartArray("coordinates");
        WritePositions(json, line);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteRing(Utf8JsonWriter json, LineString ring)
    {
        json.WriteStartArray();
        WritePositions(json, ring);
        json.WriteEndArray();
    }

    private static void WritePositions(Utf8JsonWriter json, LineString line)
    {
        foreach (var point in line.Points)
        {
            json.WriteStartArray();
            json.WriteNumberValue(point.X);
            json.WriteNumberValue(point.Y);
            json.WriteEndArray();
        }
    }
}
