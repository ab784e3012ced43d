using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace Twin.Models.Tests.Import;

/// <summary>
/// Writes a minimal OGC GeoPackage for tests: the three required metadata tables and feature tables
/// with a geometry column (GeoPackage binary) and text or real attribute columns.
/// </summary>
internal sealed class GeoPackageFile : IDisposable
{
    private readonly SqliteConnection _connection;

    public GeoPackageFile(string path)
    {
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        _connection.Open();
        Execute("PRAGMA application_id = 1196444487");
        Execute("""
            CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, organization TEXT NOT NULL,
              organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
            CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE,
              description TEXT DEFAULT '', last_change DATETIME, min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER);
            CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,
              srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL, CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name));
            INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', NULL);
            INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', NULL);
            """);
    }

    /// <summary>Registers an srs with its organization and code (as "EPSG", 28992).</summary>
    public GeoPackageFile AddSrs(int srsId, string organization, int code, string definition = "undefined")
    {
        using var command = Command("INSERT INTO gpkg_spatial_ref_sys VALUES ($name, $id, $org, $code, $definition, NULL)");
        command.Parameters.AddWithValue("$name", $"{organization}:{code}");
        command.Parameters.AddWithValue("$id", srsId);
        command.Parameters.AddWithValue("$org", organization);
        command.Parameters.AddWithValue("$code", code);
        command.Parameters.AddWithValue("$definition", definition);
        command.ExecuteNonQuery();
        return this;
    }

    /// <summary>A feature table "fid, geom, columns..." holding the rows (the geometry first, then the column values).</summary>
    public GeoPackageFile AddTable(string name, int srsId, string[] columns, IEnumerable<(Geometry Geometry, object?[] Values)> rows)
    {
        var columnList = string.Concat(columns.Select(c => $", \"{c}\""));
        Execute($"CREATE TABLE \"{name}\" (fid INTEGER PRIMARY KEY AUTOINCREMENT, geom BLOB{columnList})");
        Execute($"INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) VALUES ('{name}', 'features', '{name}', {srsId})");
        Execute($"INSERT INTO gpkg_geometry_columns VALUES ('{name}', 'geom', 'GEOMETRY', {srsId}, 0, 0)");
        var parameters = string.Concat(columns.Select((_, i) => $", $p{i}"));
        var writer = new GeoPackageGeoWriter();
        foreach (var (geometry, values) in rows)
        {
            using var command = Command($"INSERT INTO \"{name}\" (geom{columnList}) VALUES ($geom{parameters})");
            command.Parameters.AddWithValue("$geom", writer.Write(geometry));
            for (var i = 0; i < columns.Length; i++)
            {
                command.Parameters.AddWithValue($"$p{i}", values[i] ?? DBNull.Value);
            }

            command.ExecuteNonQuery();
        }

        return this;
    }

    public void Dispose() => _connection.Dispose();

    private void Execute(string sql)
    {
        using var command = Command(sql);
        command.ExecuteNonQuery();
    }

    private SqliteCommand Command(string sql)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }
}
