using NetTopologySuite.Geometries;
using Twin.Models.City;
using Twin.Models.Geo;

namespace Twin.Models.Import;

/// <summary>
/// A sensor from a feature: a Point, its kind, mounting height, the segment or zone it observes and its
/// register entry ("register": owner, purpose, quantities, legalBasis, dpiaReference, retentionDays,
/// startDate, endDate, isPublic, status). The register is what makes a sensor lawful, so it is required;
/// only the name (the id), endDate (open), isPublic (true: the register is public) and status (planned,
/// which may not send data until someone activates it) have defaults.
/// </summary>
internal static class SensorFeatureMapper
{
    public static FeatureOutcome<Sensor> Map(string id, Geometry geometry, FeatureAttributes attributes)
    {
        var point = GeometryShapes.Point(geometry, "sensor");
        if (!point.IsOk)
        {
            return point.Cast<Sensor>();
        }

        var name = attributes.Text(AttributeNames.SensorName) ?? id;
        var kind = ReadCode(attributes, AttributeNames.SensorKind, "sensorKind", AttributeCodes.ParseSensorKind, AttributeCodes.SensorKindList);
        var mounting = attributes.Number(AttributeNames.MountingHeight);
        var segment = attributes.Text(AttributeNames.SegmentId);
        var zone = attributes.Text(AttributeNames.ZoneId);
        var register = RegisterReader.Read(attributes.Section(AttributeNames.Register), out var missing);
        if (attributes.Problems.Count > 0)
        {
            return FeatureOutcome<Sensor>.Fail(RejectionReason.InvalidAttribute, string.Join("; ", attributes.Problems));
        }

        if (kind is not { } sensorKind || mounting is not { } height || register is null)
        {
            var absent = new[] { kind is null ? "sensorKind" : null, mounting is null ? "mountingHeight (m)" : null }
                .OfType<string>().Concat(missing);
            return FeatureOutcome<Sensor>.Fail(RejectionReason.MissingAttribute, $"a sensor needs {string.Join(", ", absent)}");
        }

        var sensor = new Sensor(id, name, sensorKind, new RdPoint(point.Value.X, point.Value.Y), height, segment, zone, register);
        return FeatureOutcome<Sensor>.Ok(sensor);
    }

    /// <summary>An enum from a text attribute; an unknown text is a problem naming the accepted codes.</summary>
    public static T? ReadCode<T>(FeatureAttributes attributes, IReadOnlyList<string> names, string field, Func<string, T?> parse, string accepted)
        where T : struct
    {
        var text = attributes.Text(names);
        if (text is null)
        {
            return null;
        }

        var code = parse(text);
        if (code is null)
        {
            attributes.AddProblem($"{field}: '{text}' is not one of {accepted}");
        }

        return code;
    }
}
