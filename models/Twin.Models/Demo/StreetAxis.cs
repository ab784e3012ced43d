namespace Twin.Models.Demo;

/// <summary>The direction of a straight street line in the district's frame.</summary>
internal enum StreetAxis
{
    /// <summary>Parallel to the railway: constant U, runs along V.</summary>
    AlongRailway = 1,

    /// <summary>Across the railway's direction: constant V, runs along U.</summary>
    AcrossRailway = 2,
}
