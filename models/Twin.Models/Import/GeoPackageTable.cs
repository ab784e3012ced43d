using Microsoft.Data.Sqlite;

namespace Twin.Models.Import;

/// <summary>A feature table of a GeoPackage: its name, geometry column and CRS as gpkg_spatial_ref_sys defines it.</summary>
internal sealed record GeoPackageTable(string Name, string GeometryColumn, long SrsId, string? Organization, long? OrganizationCode, string? Definition)
{
    private const string Query = """
        SELECT c.table_name, g.column_name, g.srs_id, s.organization, s.organization_coordsys_id, s.definition
        FROM gpkg_contents c
        JOIN gpkg_geometry_columns g ON g.table_name = c.table_name
        LEFT JOIN gpkg_spatial_ref_sys s ON s.srs_id = g.srs_id
        WHERE lower(c.data_type) = 'features'
        ORDER BY c.table_name
        """;

    /// <summary>The CRS the twin converts, or null.</summary>
    public SourceCrs? Crs =>
        (string.Equals(Organization, "EPSG", StringComparison.OrdinalIgnoreCase) && OrganizationCode is { } code ? SourceCrs.FromEpsgCode(code) : null)
        ?? SourceCrs.FromWkt(Definition);

    public string CrsDescription =>
        Organization is null || OrganizationCode is null ? $"srs_id {SrsId}" : $"{Organization}:{OrganizationCode} (srs_id {SrsId})";

    public static IReadOnlyList<GeoPackageTable> ReadAll(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Query;
        using var reader = command.ExecuteReader();
        var tables = new List<GeoPackageTable>();
        while (reader.Read())
        {
            tables.Add(new GeoPackageTable(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetInt64(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetInt64(4),
                reader.IsDBNull(5) ? null : reader.GetString(5)));
        }

        return tables;
    }

    /// <summary>An SQL identifier in double quotes, with quotes inside it doubled.</summary>
    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
