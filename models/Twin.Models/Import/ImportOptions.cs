using Twin.Models.City;

namespace Twin.Models.Import;

/// <summary>
/// How to read a file. Everything is optional: the format follows from the file name, the CRS from
/// the file, the entity kind from the geometry and attributes.
/// </summary>
public sealed record ImportOptions
{
    /// <summary>The format; null to detect it from the file name and content.</summary>
    public ImportFormat? Format { get; init; }

    /// <summary>The CRS of the coordinates when the file does not say ("EPSG:28992", "EPSG:4326", "EPSG:7415").</summary>
    public string? Crs { get; init; }

    /// <summary>The kind every feature of a GeoJSON, Shapefile or GeoPackage file is; null to infer it per feature.</summary>
    public EntityKind? Kind { get; init; }

    /// <summary>The attribute that holds a feature's id; null to use the format's usual id or a location-based id.</summary>
    public string? IdField { get; init; }

    /// <summary>
    /// The year the import happens, used to estimate the size of trees from their planting year.
    /// Models never read the clock: the caller passes it.
    /// </summary>
    public required int ReferenceYear { get; init; }
}
