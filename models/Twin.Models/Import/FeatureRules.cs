namespace Twin.Models.Import;

/// <summary>
/// What a format assumes about its features. Shapefiles and GeoPackages are typically registers exported
/// from a GIS: their points are trees and, without an id field, a tree is identified by its position.
/// GeoJSON states kinds and ids explicitly.
/// </summary>
/// <param name="PointsAreTrees">A point without kind or sensor attributes is a tree.</param>
/// <param name="LocationIdsForTrees">A tree without an id gets one from its position.</param>
/// <param name="IdHint">Where an id goes in this format, for the MissingAttribute message.</param>
internal sealed record FeatureRules(bool PointsAreTrees, bool LocationIdsForTrees, string IdHint)
{
    public static FeatureRules GeoJson { get; } = new(false, false, "property or a feature \"id\" member");

    public static FeatureRules Register { get; } = new(true, true, "attribute");
}
