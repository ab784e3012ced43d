using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using Twin.Models.Geo;

namespace Twin.Models.Import;

/// <summary>
/// Imports every feature table of an OGC GeoPackage (gpkg_contents with data_type 'features'), tables in
/// name order, rows in table order, numbered on across tables. Each table's CRS comes from
/// gpkg_spatial_ref_sys (organization EPSG and its code, else the WKT definition) unless the caller
/// names one. A table in a CRS the twin cannot convert has its features rejected as UnknownCrs; when no
/// table can be read, the file fails. Points are trees by default, as in Shapefile registers.
/// </summary>
internal static class GeoPackageImporter
{
    public static ImportResult Import(string path, ImportOptions options, SourceCrs? crsOverride)
    {
        var name = Path.GetFileName(path);
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        try
        {
            using var connection = new SqliteConnection(connectionString);
            connection.Open();
            var tables = GeoPackageTable.ReadAll(connection);
            if (tables.Count == 0)
            {
                return ImportResult.Failed($"{name} has no feature tables (gpkg_contents with data_type 'features')");
            }

            if (crsOverride is null && tables.All(t => t.Crs is null))
            {
                var names = string.Join(", ", tables.Select(t => $"{t.Name}: {t.CrsDescription}"));
                return ImportResult.Failed($"no feature table of {name} is in a CRS Twin can convert ({names}); Twin reads {SourceCrs.SupportedList}; pass the CRS if the definition is wrong");
            }

            var results = new ImportResultBuilder();
            var index = 0;
            foreach (var table in tables)
            {
                index = ImportTable(connection, table, crsOverride ?? table.Crs, options, results, index);
            }

            return results.Build();
        }
        catch (SqliteException e)
        {
            return ImportResult.Failed($"{name} cannot be read as a GeoPackage: {e.Message}");
        }
    }

    /// <summary>Imports one table's rows; returns the feature index after its last row.</summary>
    private static int ImportTable(SqliteConnection connection, GeoPackageTable table, SourceCrs? crs, ImportOptions options, ImportResultBuilder results, int index)
    {
        var converter = crs is null ? null : new FeatureConverter(options, crs, results, FeatureRules.Register);
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM {GeoPackageTable.Quote(table.Name)}";
        using var reader = command.ExecuteReader();
        var geometryOrdinal = reader.GetOrdinal(table.GeometryColumn);
        for (; reader.Read(); index++)
        {
            if (converter is null)
            {
                results.CountFeature();
                results.Reject(index, null, RejectionReason.UnknownCrs, $"table {table.Name} is in {table.CrsDescription}, which Twin cannot convert ({SourceCrs.SupportedList})");
                continue;
            }

            var geometry = reader.IsDBNull(geometryOrdinal)
                ? FeatureOutcome<Geometry>.Fail(RejectionReason.InvalidGeometry, $"the row of table {table.Name} has no geometry")
                : ReadGeometry((byte[])reader.GetValue(geometryOrdinal));
            converter.Convert(new SourceFeature(index, geometry, new FeatureAttributes(Attributes(reader, geometryOrdinal))));
        }

        return index;
    }

    private static IEnumerable<KeyValuePair<string, object?>> Attributes(SqliteDataReader reader, int geometryOrdinal)
    {
        for (var i = 0; i < reader.FieldCount; i++)
        {
            var value = reader.IsDBNull(i) ? null : reader.GetValue(i);
            if (i != geometryOrdinal && value is not byte[])
            {
                yield return KeyValuePair.Create(reader.GetName(i), value);
            }
        }
    }

    private static FeatureOutcome<Geometry> ReadGeometry(byte[] blob)
    {
        try
        {
            var reader = new GeoPackageGeoReader(RdGeometry.Factory.CoordinateSequenceFactory, RdGeometry.Factory.PrecisionModel);
            var geometry = reader.Read(blob);
            return geometry is null || geometry.IsEmpty
                ? FeatureOutcome<Geometry>.Fail(RejectionReason.InvalidGeometry, "the geometry is empty")
                : FeatureOutcome<Geometry>.Ok(geometry);
        }
        catch (Exception e) when (e is ParseException or ArgumentException or IOException or InvalidOperationException or FormatException or IndexOutOfRangeException)
        {
            return FeatureOutcome<Geometry>.Fail(RejectionReason.InvalidGeometry, $"the geometry blob cannot be read: {e.Message}");
        }
    }
}
