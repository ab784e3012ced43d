using NetTopologySuite.Geometries;

namespace Twin.Models.Import;

/// <summary>
/// One feature of a GeoJSON, Shapefile or GeoPackage file as read: its 0-based index in the file, its
/// geometry in the file's CRS (or why it cannot be read), its attributes, and the id the format itself
/// gives it (the GeoJSON feature "id" member), if any.
/// </summary>
internal sealed record SourceFeature(int Index, FeatureOutcome<Geometry> Geometry, FeatureAttributes Attributes, string? FormatId = null);
