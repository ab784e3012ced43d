namespace Twin.Models.Planning;

/// <summary>What a proposal does to a tree.</summary>
public enum TreeImpactKind
{
    /// <summary>Felled by the plan (removed from the scenario).</summary>
    Felled = 0,

    /// <summary>Stands where a new building is planned: it cannot stay, though the plan does not say so.</summary>
    UnderNewBuilding = 1,

    /// <summary>Stays, but a new building reaches under its crown (its root zone, by the usual crown-projection rule).</summary>
    RootZone = 2,
}
