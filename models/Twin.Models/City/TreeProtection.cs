namespace Twin.Models.City;

/// <summary>The protection status of a tree in the municipal register.</summary>
public enum TreeProtection
{
    None = 0,

    /// <summary>Waardevolle boom: valuable, felling needs a careful assessment.</summary>
    Valuable = 1,

    /// <summary>Monumentale boom: monumental, protected.</summary>
    Monumental = 2,

    /// <summary>Gedenkboom: a memorial tree.</summary>
    Memorial = 3,
}
