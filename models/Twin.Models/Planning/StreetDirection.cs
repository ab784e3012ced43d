namespace Twin.Models.Planning;

/// <summary>Which way traffic may drive on a segment, relative to its centreline (from node to to node).</summary>
public enum StreetDirection
{
    TwoWay = 1,

    /// <summary>One-way along the centreline, from its from node to its to node.</summary>
    OneWayForward = 2,

    /// <summary>One-way against the centreline: the segment is turned around.</summary>
    OneWayReverse = 3,
}
