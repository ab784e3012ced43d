using System.Globalization;
using System.Text.Json;
using Twin.Models.Geo;

namespace Twin.Models.Import;

/// <summary>
/// The vertices of a CityJSON document or CityJSONFeature, transformed to real coordinates and brought
/// into RD New once (x, y), with heights as they are (metres NAP for EPSG:7415).
/// </summary>
internal sealed class CityJsonVertices
{
    private readonly double[] _x;
    private readonly double[] _y;
    private readonly double[] _z;

    private CityJsonVertices(int count)
    {
        _x = new double[count];
        _y = new double[count];
        _z = new double[count];
    }

    public int Count => _x.Length;

    public double X(int index) => _x[index];

    public double Y(int index) => _y[index];

    public double Z(int index) => _z[index];

    public bool Contains(int index) => index >= 0 && index < _x.Length;

    /// <summary>The vertices of a "vertices" array; null with a message naming the first bad vertex.</summary>
    public static CityJsonVertices? Read(JsonElement array, CityJsonTransform transform, SourceCrs crs, out string? error)
    {
        error = null;
        if (array.ValueKind != JsonValueKind.Array)
        {
            error = "\"vertices\" is not an array";
            return null;
        }

        var vertices = new CityJsonVertices(array.GetArrayLength());
        var i = 0;
        foreach (var vertex in array.EnumerateArray())
        {
            error = vertices.Set(i++, vertex, transform, crs);
            if (error is not null)
            {
                return null;
            }
        }

        return vertices;
    }

    /// <summary>Stores vertex i; returns what is wrong with it, or null.</summary>
    private string? Set(int i, JsonElement vertex, CityJsonTransform transform, SourceCrs crs)
    {
        if (vertex.ValueKind != JsonValueKind.Array || vertex.GetArrayLength() < 3
            || vertex[0].ValueKind != JsonValueKind.Number || vertex[1].ValueKind != JsonValueKind.Number || vertex[2].ValueKind != JsonValueKind.Number)
        {
            return $"vertices[{i}] is not [x, y, z]";
        }

        var x = (vertex[0].GetDouble() * transform.ScaleX) + transform.TranslateX;
        var y = (vertex[1].GetDouble() * transform.ScaleY) + transform.TranslateY;
        if (crs.IsGeographic)
        {
            if (Math.Abs(x) > 180 || Math.Abs(y) > 90)
            {
                return string.Create(CultureInfo.InvariantCulture, $"vertices[{i}] ({x} {y}) is not a WGS84 longitude/latitude");
            }

            (x, y) = RdNew.FromWgs84(new GeoPoint(y, x));
        }

        _x[i] = x;
        _y[i] = y;
        _z[i] = (vertex[2].GetDouble() * transform.ScaleZ) + transform.TranslateZ;
        return null;
    }
}
