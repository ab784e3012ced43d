namespace Twin.Grains.Scenarios;

/// <summary>The steps of a scenario run, in the order they run.</summary>
public enum ScenarioStage
{
    /// <summary>User-equilibrium traffic assignment (morning peak hour): one event per iteration.</summary>
    Traffic = 0,

    /// <summary>Emissions per street and SRM1 street concentrations, compared with the air-quality sensors.</summary>
    AirQuality = 1,

    /// <summary>Possible sun hours per facade over the light TNO norm's period, today and in the plan.</summary>
    Sun = 2,

    /// <summary>Planning indicators of the plan area: floor area, dwellings, jobs, trees, underground conflicts.</summary>
    Indicators = 3,

    /// <summary>The run is over: the last event carries the outcome.</summary>
    Finished = 4,
}
