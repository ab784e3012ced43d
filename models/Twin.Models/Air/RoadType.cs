namespace Twin.Models.Air;

/// <summary>
/// The road types of SRM1, which decide how fast traffic emissions are diluted with distance from the
/// road axis. Twin derives the type from the buildings along each street (<see cref="StreetProfiler"/>).
/// </summary>
public enum RoadType
{
    /// <summary>Type 1: road through open terrain, at most a building or tree here and there.</summary>
    Open = 1,

    /// <summary>Type 2: the basis type, every situation that is none of the others.</summary>
    Basis = 2,

    /// <summary>Type 3a: buildings on both sides, facades closer to the axis than 3 times their height but not closer than 1.5 times.</summary>
    CanyonWide = 3,

    /// <summary>Type 3b: buildings on both sides, facades closer to the axis than 1.5 times their height (street canyon).</summary>
    CanyonNarrow = 4,

    /// <summary>Type 4: buildings on one side only, closer to the axis than 3 times their height.</summary>
    OneSided = 5,
}
