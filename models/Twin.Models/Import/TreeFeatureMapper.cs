using System.Globalization;
using System.Text.RegularExpressions;
using NetTopologySuite.Geometries;
using Twin.Models.City;
using Twin.Models.Geo;

namespace Twin.Models.Import;

/// <summary>
/// A tree from a feature: a Point, species, planting year (0 means unknown), protection from the register's
/// status text, and measured height, crown diameter and trunk circumference when the register has them.
/// A measured height makes the dimensions Measured (a missing crown is then 0.65 times the height);
/// without one they are estimated by <see cref="TreeGrowthCurve"/> from the age, or a default size.
/// </summary>
internal static partial class TreeFeatureMapper
{
    public const string UnknownSpecies = "unknown";

    public static FeatureOutcome<Tree> Map(string id, Geometry geometry, FeatureAttributes attributes, ImportOptions options)
    {
        var point = GeometryShapes.Point(geometry, "tree");
        if (!point.IsOk)
        {
            return point.Cast<Tree>();
        }

        var species = attributes.Text(AttributeNames.Species) ?? UnknownSpecies;
        var plantingYear = attributes.Integer(AttributeNames.PlantingYear) is { } year and not 0 ? year : (int?)null;
        var height = Dimension(attributes, AttributeNames.TreeHeight);
        var crown = Dimension(attributes, AttributeNames.CrownDiameter);
        var trunk = Dimension(attributes, AttributeNames.TrunkCircumference);
        var protection = AttributeCodes.ParseTreeProtection(attributes.Text(AttributeNames.Protection));
        var score = attributes.Integer(AttributeNames.ProtectionScore);
        if (attributes.Problems.Count > 0)
        {
            return FeatureOutcome<Tree>.Fail(RejectionReason.InvalidAttribute, string.Join("; ", attributes.Problems));
        }

        var size = Size(height, crown, trunk, plantingYear, options.ReferenceYear);
        var location = new RdPoint(point.Value.X, point.Value.Y);
        var tree = new Tree(id, species, location, size.Height, size.CrownDiameter, size.TrunkCircumference, plantingYear, protection, score, size.Source);
        return FeatureOutcome<Tree>.Ok(tree);
    }

    /// <summary>
    /// An id from the tree's position, "tree-{x}-{y}" in RD New to the decimetre: registers such as
    /// Leeuwarden's have no unique key, and a position-based id keeps re-imports of the same register idempotent.
    /// </summary>
    public static string LocationId(Point point) =>
        string.Create(CultureInfo.InvariantCulture, $"tree-{point.X:F1}-{point.Y:F1}");

    private static TreeDimensions Size(double? height, double? crown, double? trunk, int? plantingYear, int referenceYear)
    {
        if (height is { } measured)
        {
            return new TreeDimensions(measured, crown ?? TreeGrowthCurve.Crown(measured), trunk, TreeDimensionsSource.Measured);
        }

        var estimate = TreeGrowthCurve.Estimate(plantingYear, referenceYear);
        return estimate with { CrownDiameter = crown ?? estimate.CrownDiameter, TrunkCircumference = trunk ?? estimate.TrunkCircumference };
    }

    /// <summary>A size in a register: a number, or a class such as "6-9 m" read as its middle.</summary>
    private static double? Dimension(FeatureAttributes attributes, IReadOnlyList<string> names)
    {
        if (!attributes.TryGet(names, out var name, out var value))
        {
            return null;
        }

        if (FeatureAttributes.NumberOf(value) is { } number)
        {
            return number;
        }

        var match = SizeClassPattern().Match(FeatureAttributes.TextOf(value));
        if (match.Success)
        {
            var low = double.Parse(match.Groups[1].ValueSpan, CultureInfo.InvariantCulture);
            return match.Groups[2].Success ? (low + double.Parse(match.Groups[2].ValueSpan, CultureInfo.InvariantCulture)) / 2 : low;
        }

        attributes.AddProblem($"{name}: '{FeatureAttributes.TextOf(value)}' is not a size (a number or a class such as 6-9 m)");
        return null;
    }

    [GeneratedRegex(@"^\s*([0-9]+(?:\.[0-9]+)?)\s*(?:-\s*([0-9]+(?:\.[0-9]+)?))?\s*(?:c?m)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex SizeClassPattern();
}
