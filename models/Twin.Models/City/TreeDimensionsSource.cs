namespace Twin.Models.City;

/// <summary>Where a tree's height and crown diameter come from.</summary>
public enum TreeDimensionsSource
{
    Measured = 1,

    /// <summary>Estimated from the planting year because the register does not record them.</summary>
    EstimatedFromAge = 2,

    /// <summary>A default size: the register records neither dimensions nor planting year.</summary>
    Default = 3,
}
