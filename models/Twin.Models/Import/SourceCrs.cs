using System.Globalization;
using System.Text.RegularExpressions;

namespace Twin.Models.Import;

/// <summary>
/// The coordinate reference system of a source file, reduced to the two the twin converts:
/// RD New (EPSG:28992, also as the horizontal part of RD New + NAP, EPSG:7415) and WGS84 longitude/latitude.
/// </summary>
internal sealed partial record SourceCrs(string Name, bool IsGeographic)
{
    /// <summary>What to tell a user whose CRS is not supported.</summary>
    public const string SupportedList = "EPSG:28992 (RD New), EPSG:7415 (RD New + NAP) and WGS84 (EPSG:4326, CRS84)";

    public static SourceCrs RdNew { get; } = new("EPSG:28992", false);

    public static SourceCrs RdNewNap { get; } = new("EPSG:7415", false);

    public static SourceCrs Wgs84 { get; } = new("EPSG:4326", true);

    /// <summary>
    /// Reads a CRS name: "EPSG:28992", "urn:ogc:def:crs:EPSG::28992", "https://www.opengis.net/def/crs/EPSG/0/7415",
    /// "EPSG:4326", "CRS84", "OGC:CRS84", "urn:ogc:def:crs:OGC:1.3:CRS84". Null when the name is not one the twin converts.
    /// </summary>
    public static SourceCrs? FromName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var trimmed = name.Trim();
        if (trimmed.EndsWith("CRS84", StringComparison.OrdinalIgnoreCase))
        {
            return Wgs84;
        }

        var match = EpsgCodePattern().Match(trimmed);
        return match.Success && int.TryParse(match.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var code)
            ? FromEpsgCode(code)
            : null;
    }

    public static SourceCrs? FromEpsgCode(long code) => code switch
    {
        28992 => RdNew,
        7415 => RdNewNap,
        4326 => Wgs84,
        _ => null,
    };

    /// <summary>
    /// Reads the WKT of a .prj file or a GeoPackage srs definition: a projected CRS named RD New / Amersfoort,
    /// or an oblique stereographic projection with RD's false easting 155000, is RD New; a geographic CRS on
    /// WGS 84 is WGS84. Anything else (UTM, ETRS89, Web Mercator...) is not converted.
    /// </summary>
    public static SourceCrs? FromWkt(string? wkt)
    {
        if (string.IsNullOrWhiteSpace(wkt))
        {
            return null;
        }

        var text = wkt.Trim();
        if (text.StartsWith("PROJCS", StringComparison.OrdinalIgnoreCase) || text.StartsWith("PROJCRS", StringComparison.OrdinalIgnoreCase))
        {
            var named = text.Contains("RD_New", StringComparison.OrdinalIgnoreCase)
                || text.Contains("RD New", StringComparison.OrdinalIgnoreCase)
                || text.Contains("Amersfoort", StringComparison.OrdinalIgnoreCase);
            var stereographic = text.Contains("Stereographic", StringComparison.OrdinalIgnoreCase)
                && RdFalseEastingPattern().IsMatch(text);
            return named || stereographic ? RdNew : null;
        }

        var geographic = text.StartsWith("GEOGCS", StringComparison.OrdinalIgnoreCase) || text.StartsWith("GEOGCRS", StringComparison.OrdinalIgnoreCase);
        var onWgs84 = text.Contains("WGS_1984", StringComparison.OrdinalIgnoreCase) || text.Contains("WGS 84", StringComparison.OrdinalIgnoreCase);
        return geographic && onWgs84 ? Wgs84 : null;
    }

    /// <summary>The name a WKT gives its CRS (the first quoted string), to name it in an error.</summary>
    public static string WktName(string wkt)
    {
        var match = WktNamePattern().Match(wkt);
        return match.Success ? match.Groups[1].Value : wkt.Length > 60 ? wkt[..60] + "..." : wkt;
    }

    [GeneratedRegex(@"EPSG(?::+|/+)(?:[0-9.]+(?::|/))?([0-9]+)$", RegexOptions.IgnoreCase)]
    private static partial Regex EpsgCodePattern();

    [GeneratedRegex(@"false_easting""\s*,\s*155000(?:\.0*)?\s*\]", RegexOptions.IgnoreCase)]
    private static partial Regex RdFalseEastingPattern();

    [GeneratedRegex(@"^\s*[A-Z]+\s*\[\s*""([^""]*)""", RegexOptions.IgnoreCase)]
    private static partial Regex WktNamePattern();
}
