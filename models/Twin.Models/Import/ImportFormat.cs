namespace Twin.Models.Import;

/// <summary>The file formats the twin imports.</summary>
public enum ImportFormat
{
    /// <summary>GeoJSON (RFC 7946 WGS84, or RD New named in a legacy "crs" member or given by the caller).</summary>
    GeoJson = 1,

    /// <summary>CityJSON 1.1 or 2.0, one document.</summary>
    CityJson = 2,

    /// <summary>CityJSON Text Sequences (CityJSONSeq, .city.jsonl): a header line, then one CityJSONFeature per line.</summary>
    CityJsonSeq = 3,

    /// <summary>ESRI Shapefile (.shp with its .dbf, .shx and .prj beside it).</summary>
    Shapefile = 4,

    /// <summary>OGC GeoPackage (.gpkg), every feature table.</summary>
    GeoPackage = 5,
}
