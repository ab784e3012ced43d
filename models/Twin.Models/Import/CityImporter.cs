namespace Twin.Models.Import;

/// <summary>
/// Reads a file of city data into entities in RD New: GeoJSON, CityJSON, CityJSONSeq (3D BAG), Shapefile
/// or GeoPackage. Never throws for bad input: a file that cannot be read at all gives
/// <see cref="ImportResult.FileError"/> and no entities; otherwise every feature either becomes an entity
/// that passes <see cref="City.CityValidation"/> or gets exactly one <see cref="ImportRejection"/>.
/// </summary>
public static class CityImporter
{
    public const string KnownExtensions = ".geojson, .json, .city.json, .city.jsonl, .jsonl, .shp, .gpkg";

    public static ImportResult Import(string path, ImportOptions options)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        if (!File.Exists(path))
        {
            return ImportResult.Failed($"{path} does not exist");
        }

        SourceCrs? crs = null;
        if (options.Crs is { } name && (crs = SourceCrs.FromName(name)) is null)
        {
            return ImportResult.Failed($"the CRS '{name}' given in the options is not supported: Twin reads {SourceCrs.SupportedList}");
        }

        return (options.Format ?? DetectFormat(path)) switch
        {
            ImportFormat.GeoJson => GeoJsonImporter.Import(path, options, crs),
            ImportFormat.CityJson => CityJsonImporter.ImportDocument(path, options, crs),
            ImportFormat.CityJsonSeq => CityJsonImporter.ImportSequence(path, options, crs),
            ImportFormat.Shapefile => ShapefileImporter.Import(path, options, crs),
            ImportFormat.GeoPackage => GeoPackageImporter.Import(path, options, crs),
            null => ImportResult.Failed($"cannot tell the format of {Path.GetFileName(path)} from its name ({KnownExtensions}); name the format in the options"),
            var other => ImportResult.Failed($"format {other} is not supported"),
        };
    }

    /// <summary>
    /// The format from the file name: .jsonl (.city.jsonl) is CityJSONSeq, .shp a Shapefile, .gpkg a
    /// GeoPackage, and .json or .geojson CityJSON when the root object's "type" is "CityJSON", else GeoJSON.
    /// Null for any other name.
    /// </summary>
    public static ImportFormat? DetectFormat(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = Path.GetFileName(path);
        if (name.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
        {
            return ImportFormat.CityJsonSeq;
        }

        if (name.EndsWith(".shp", StringComparison.OrdinalIgnoreCase))
        {
            return ImportFormat.Shapefile;
        }

        if (name.EndsWith(".gpkg", StringComparison.OrdinalIgnoreCase))
        {
            return ImportFormat.GeoPackage;
        }

        if (name.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".geojson", StringComparison.OrdinalIgnoreCase))
        {
            return JsonRootType.Read(path) == "CityJSON" ? ImportFormat.CityJson : ImportFormat.GeoJson;
        }

        return null;
    }
}
