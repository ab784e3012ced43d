using Twin.Api.V1;

namespace Twin.Cli;

/// <summary>The entity kinds as the command line names them.</summary>
public static class KindNames
{
    private static readonly Dictionary<string, EntityKind> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["building"] = EntityKind.Building,
        ["street"] = EntityKind.StreetSegment,
        ["street-segment"] = EntityKind.StreetSegment,
        ["sensor"] = EntityKind.Sensor,
        ["tree"] = EntityKind.Tree,
        ["utility"] = EntityKind.UtilityLine,
        ["utility-line"] = EntityKind.UtilityLine,
    };

    public const string Help = "building, street, sensor, tree or utility";

    public static EntityKind Parse(string name) =>
        ByName.TryGetValue(name.Trim(), out var kind) ? kind : throw new UsageException($"unknown kind '{name}': use {Help}");

    public static string Name(EntityKind kind) => kind switch
    {
        EntityKind.Building => "building",
        EntityKind.StreetSegment => "street",
        EntityKind.Sensor => "sensor",
        EntityKind.Tree => "tree",
        EntityKind.UtilityLine => "utility",
        _ => kind.ToString(),
    };

    public static Crs ParseCrs(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        null or "" or "rd" or "rdnew" or "epsg:28992" => Crs.RdNew,
        "wgs84" or "epsg:4326" => Crs.Wgs84,
        _ => throw new UsageException($"unknown CRS '{name}': use rd (EPSG:28992) or wgs84 (EPSG:4326)"),
    };
}
