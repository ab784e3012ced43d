using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using Twin.Models.Geo;

namespace Twin.Models.Tests.Import;

/// <summary>WKT-first test input: geometries read with the services of the twin's one RD New factory.</summary>
internal static class Wkt
{
    private static readonly WKTReader Reader = new(RdGeometry.Factory.GeometryServices);

    public static Geometry Read(string wkt) => Reader.Read(wkt);

    public static T Read<T>(string wkt)
        where T : Geometry => (T)Reader.Read(wkt);
}
