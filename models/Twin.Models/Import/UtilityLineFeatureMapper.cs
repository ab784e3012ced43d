using NetTopologySuite.Geometries;
using Twin.Models.City;

namespace Twin.Models.Import;

/// <summary>
/// A utility line from a feature: a LineString, its kind (our names or KLIC themes), and the depth of its
/// top, its diameter and the ground level above it, which are all required because underground conflict
/// checks depend on them; material and owner default to "unknown".
/// </summary>
internal static class UtilityLineFeatureMapper
{
    public const string Unknown = "unknown";

    public static FeatureOutcome<UtilityLine> Map(string id, Geometry geometry, FeatureAttributes attributes)
    {
        var line = GeometryShapes.Line(geometry, "utility line");
        if (!line.IsOk)
        {
            return line.Cast<UtilityLine>();
        }

        var kindText = attributes.Text(AttributeNames.UtilityKind);
        var kind = kindText is null ? null : AttributeCodes.ParseUtilityKind(kindText);
        if (kindText is not null && kind is null)
        {
            attributes.AddProblem($"utilityKind: '{kindText}' is not a utility kind ({AttributeCodes.UtilityKindList})");
        }

        var depth = attributes.Number(AttributeNames.DepthOfTop);
        var diameter = attributes.Number(AttributeNames.Diameter);
        var ground = attributes.Number(AttributeNames.UtilityGroundLevel);
        var material = attributes.Text(AttributeNames.Material) ?? Unknown;
        var owner = attributes.Text(AttributeNames.Owner) ?? Unknown;
        if (attributes.Problems.Count > 0)
        {
            return FeatureOutcome<UtilityLine>.Fail(RejectionReason.InvalidAttribute, string.Join("; ", attributes.Problems));
        }

        if (kind is { } utilityKind && depth is { } depthOfTop && diameter is { } size && ground is { } groundLevel)
        {
            return FeatureOutcome<UtilityLine>.Ok(new UtilityLine(id, utilityKind, line.Value, depthOfTop, size, material, owner, groundLevel));
        }

        var missing = new[]
        {
            kind is null ? "utilityKind" : null,
            depth is null ? "depthOfTop (m)" : null,
            diameter is null ? "diameter (mm)" : null,
            ground is null ? "groundLevel (m NAP)" : null,
        }.OfType<string>();
        return FeatureOutcome<UtilityLine>.Fail(RejectionReason.MissingAttribute, $"a utility line needs {string.Join(", ", missing)}");
    }
}
