using System.Text;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Esri;
using NetTopologySuite.IO.Esri.Shapefiles.Readers;
using Twin.Models.Geo;

namespace Twin.Models.Import;

/// <summary>
/// Imports an ESRI Shapefile with its .dbf (required) and .prj (required unless the caller names the CRS).
/// Records are features in file order (deleted records are skipped); points are trees by default, as in
/// municipal tree registers, polygons buildings, lines streets or utility lines; field names are matched
/// case-insensitively and also in their 10-character dBASE form. The .cpg names the text encoding.
/// </summary>
internal static class ShapefileImporter
{
    public static ImportResult Import(string path, ImportOptions options, SourceCrs? crsOverride)
    {
        var name = Path.GetFileName(path);
        var dbf = Sibling(path, ".dbf");
        if (dbf is null)
        {
            return ImportResult.Failed($"{name} has no {Path.GetFileNameWithoutExtension(path)}.dbf beside it: a shapefile needs its attribute table");
        }

        string? crsError = null;
        var crs = crsOverride ?? CrsFromPrj(path, out crsError);
        if (crs is null)
        {
            return ImportResult.Failed(crsError ?? $"the CRS of {name} is unknown");
        }

        return ReadRecords(path, dbf, crs, options);
    }

    private static ImportResult ReadRecords(string path, string dbf, SourceCrs crs, ImportOptions options)
    {
        var index = 0;
        try
        {
            using var shp = File.OpenRead(path);
            using var attributes = File.OpenRead(dbf);
            var readerOptions = new ShapefileReaderOptions
            {
                Factory = RdGeometry.Factory,
                GeometryBuilderMode = GeometryBuilderMode.IgnoreInvalidShapes,
                Encoding = Encoding(path),
            };
            using var reader = Shapefile.OpenRead(shp, attributes, readerOptions);
            var results = new ImportResultBuilder();
            var converter = new FeatureConverter(options, crs, results, FeatureRules.Register);
            for (; reader.Read(out var deleted); index++)
            {
                if (!deleted)
                {
                    var values = reader.Fields.Select(f => KeyValuePair.Create<string, object?>(f.Name, f.Value));
                    converter.Convert(new SourceFeature(index, Shape(reader.Geometry), new FeatureAttributes(values, truncatedNames: true)));
                }
            }

            return results.Build();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ShapefileException or ArgumentException or InvalidOperationException or NotSupportedException or FormatException)
        {
            return ImportResult.Failed($"{Path.GetFileName(path)} cannot be read at record {index}: {e.Message}");
        }
    }

    private static FeatureOutcome<Geometry> Shape(Geometry? geometry) =>
        geometry is null || geometry.IsEmpty
            ? FeatureOutcome<Geometry>.Fail(RejectionReason.InvalidGeometry, "the record has no shape (a null or invalid shape)")
            : FeatureOutcome<Geometry>.Ok(geometry);

    private static SourceCrs? CrsFromPrj(string path, out string? error)
    {
        error = null;
        var prj = Sibling(path, ".prj");
        if (prj is null)
        {
            error = $"{Path.GetFileName(path)} has no .prj beside it, so its CRS is unknown; pass the CRS, e.g. --crs EPSG:28992";
            return null;
        }

        string wkt;
        try
        {
            wkt = File.ReadAllText(prj);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = $"cannot read {prj}: {e.Message}";
            return null;
        }

        var crs = SourceCrs.FromWkt(wkt);
        if (crs is null)
        {
            error = $"the CRS '{SourceCrs.WktName(wkt)}' in {Path.GetFileName(prj)} is not supported: Twin reads {SourceCrs.SupportedList}; reproject the file or pass the CRS";
        }

        return crs;
    }

    /// <summary>The encoding the .cpg names, or null to let the reader take it from the .dbf header.</summary>
    private static Encoding? Encoding(string path)
    {
        var cpg = Sibling(path, ".cpg");
        var text = cpg is null ? null : File.ReadAllText(cpg).Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (text.Replace("-", string.Empty, StringComparison.Ordinal).Equals("UTF8", StringComparison.OrdinalIgnoreCase))
        {
            return new UTF8Encoding(false);
        }

        var codePage = new string(text.Where(char.IsAsciiDigit).ToArray());
        return int.TryParse(codePage, out var number) ? CodePagesEncodingProvider.Instance.GetEncoding(number) : CodePagesEncodingProvider.Instance.GetEncoding(text);
    }

    /// <summary>The file beside a shapefile with another extension, in lower or upper case.</summary>
    private static string? Sibling(string path, string extension) =>
        new[] { Path.ChangeExtension(path, extension), Path.ChangeExtension(path, extension.ToUpperInvariant()) }.FirstOrDefault(File.Exists);
}
