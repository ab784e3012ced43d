using Twin.Models.City;

namespace Twin.Models.Demo;

/// <summary>
/// How a network lies under Dutch streets: how often it is there, its place across the street (the
/// sewer under the carriageway, cables and pipes under the sidewalks), depth of its top, pipe sizes,
/// materials and owners.
/// </summary>
internal sealed record UtilitySpec
{
    public required UtilityKind Kind { get; init; }

    public required double Presence { get; init; }

    /// <summary>Lateral place: sign and distance beyond the carriageway's edge (negative = under the carriageway).</summary>
    public required (int Side, double BeyondKerb) Place { get; init; }

    public required (double Min, double Max) Depth { get; init; }

    public required IReadOnlyList<double> Diameters { get; init; }

    public required IReadOnlyList<string> Materials { get; init; }

    public required IReadOnlyList<string> Owners { get; init; }

    /// <summary>District heating runs only within this distance of the station (0: everywhere).</summary>
    public double Reach { get; init; }

    public static IReadOnlyList<UtilitySpec> All { get; } =
    [
        new()
        {
            Kind = UtilityKind.Sewer, Presence = 0.95, Place = (0, 0), Depth = (1.5, 3.5),
            Diameters = [300, 400, 500, 600, 800], Materials = ["concrete", "PVC"], Owners = ["Gemeente Hilversum"],
        },
        new()
        {
            Kind = UtilityKind.DrinkingWater, Presence = 0.9, Place = (-1, 0.7), Depth = (1.0, 1.0),
            Diameters = [110, 160, 200], Materials = ["PVC", "cast iron"], Owners = ["Vitens"],
        },
        new()
        {
            Kind = UtilityKind.Gas, Presence = 0.8, Place = (1, 0.7), Depth = (0.8, 0.8),
            Diameters = [63, 110, 160], Materials = ["PE", "steel"], Owners = ["Stedin"],
        },
        new()
        {
            Kind = UtilityKind.Electricity, Presence = 0.95, Place = (1, 1.3), Depth = (0.6, 1.0),
            Diameters = [50, 75, 100, 150], Materials = ["XLPE cable"], Owners = ["Stedin"],
        },
        new()
        {
            Kind = UtilityKind.Telecom, Presence = 0.8, Place = (-1, 1.3), Depth = (0.6, 0.6),
            Diameters = [40, 50, 110], Materials = ["HDPE duct"], Owners = ["KPN", "KPN", "Eurofiber"],
        },
        new()
        {
            Kind = UtilityKind.DistrictHeating, Presence = 0.6, Place = (1, -1.2), Depth = (1.0, 1.2),
            Diameters = [200, 250, 300, 400], Materials = ["pre-insulated steel"], Owners = ["Ennatuurlijk"], Reach = 600,
        },
    ];

    /// <summary>The offset from the street's centreline, metres (positive towards increasing U or V).</summary>
    public double OffsetFor(double streetWidth) => Place.Side == 0 ? 0 : Place.Side * ((streetWidth / 2) + Place.BeyondKerb);
}
