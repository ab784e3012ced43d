namespace Twin.Models.Air;

/// <summary>Which of Briggs' (1973) sets of dispersion curves applies.</summary>
public enum DispersionTerrain
{
    /// <summary>Open country (the Pasquill-Gifford curves, as Briggs fitted them).</summary>
    Rural,

    /// <summary>Urban surfaces (the St. Louis experiments of McElroy and Pooler, as Briggs fitted them).</summary>
    Urban,
}
