namespace Twin.Models.Demo;

/// <summary>
/// The numbers behind a scale: how far the district reaches and how dense it is. Both scales run the
/// same rules; the city has larger blocks and more green towards its edges, as Hilversum does.
/// </summary>
internal sealed record DistrictPlan
{
    /// <summary>Half the side of the square district, metres from the station.</summary>
    public required double HalfExtent { get; init; }

    /// <summary>Distance between parallel streets near the station, metres.</summary>
    public required double CentreSpacing { get; init; }

    /// <summary>Distance between parallel streets at <see cref="SpacingRamp"/> and beyond, metres.</summary>
    public required double OuterSpacing { get; init; }

    public required double SpacingRamp { get; init; }

    /// <summary>Street edges longer than this are split into segments of about equal length.</summary>
    public required double SplitLength { get; init; }

    /// <summary>Share of residential edges beyond the ring that are left out (footpaths, cul-de-sacs).</summary>
    public required double MissingStreetShare { get; init; }

    /// <summary>Share of blocks that are parks near the station and at <see cref="GreenRamp"/> and beyond.</summary>
    public required double ParkShareNear { get; init; }

    public required double ParkShareFar { get; init; }

    public required double GreenRamp { get; init; }

    /// <summary>Distance between trees in parks, metres.</summary>
    public required double ParkTreeSpacing { get; init; }

    /// <summary>Chance that a residential stretch is lined with trees; main roads and lanen twice as often.</summary>
    public required double StreetTreeShare { get; init; }

    /// <summary>Utility lines run under up to this many street edges before a new line starts.</summary>
    public required int UtilityRunEdges { get; init; }

    public static DistrictPlan Stationsgebied { get; } = new()
    {
        HalfExtent = 650,
        CentreSpacing = 92,
        OuterSpacing = 115,
        SpacingRamp = 650,
        SplitLength = 150,
        MissingStreetShare = 0.06,
        ParkShareNear = 0.07,
        ParkShareFar = 0.08,
        GreenRamp = 650,
        ParkTreeSpacing = 11,
        StreetTreeShare = 0.38,
        UtilityRunEdges = 2,
    };

    public static DistrictPlan City { get; } = new()
    {
        HalfExtent = 4000,
        CentreSpacing = 92,
        OuterSpacing = 160,
        SpacingRamp = 3000,
        SplitLength = 150,
        MissingStreetShare = 0.05,
        ParkShareNear = 0.05,
        ParkShareFar = 0.10,
        GreenRamp = 3500,
        ParkTreeSpacing = 19,
        StreetTreeShare = 0.18,
        UtilityRunEdges = 2,
    };

    public static DistrictPlan For(DemoScale scale) => scale switch
    {
        DemoScale.Stationsgebied => Stationsgebied,
        DemoScale.City => City,
        _ => throw new ArgumentOutOfRangeException(nameof(scale), scale, "Unknown demo scale."),
    };

    /// <summary>The spacing between parallel streets at a distance from the station's axes.</summary>
    public double SpacingAt(double position) =>
        CentreSpacing + ((OuterSpacing - CentreSpacing) * Math.Min(1, Math.Abs(position) / SpacingRamp));

    public double ParkShareAt(double distance) =>
        ParkShareNear + ((ParkShareFar - ParkShareNear) * Math.Min(1, distance / GreenRamp));
}
