using Twin.Models.City;

namespace Twin.Models.Planning;

/// <summary>
/// One change a scenario makes to the city it starts from. Edits name entities by id and are applied
/// in order; a scenario is its base plus its ordered list of edits (copy on write: the base is never changed).
/// </summary>
[GenerateSerializer, Immutable, Alias("twin.planning.scenario-edit")]
public abstract record ScenarioEdit
{
    /// <summary>The entity the edit is about, when it is about one that must already exist.</summary>
    public abstract EntityKey? Target { get; }

    /// <summary>A short description for listings, in English.</summary>
    public abstract string Describe();
}
