using System.Numerics;

namespace Twin.Models.Tiles;

/// <summary>The GPU instances of the trees: trunk and crown transforms per tree, in tree (feature id) order.</summary>
internal sealed class TreeInstances
{
    public List<Vector3> TrunkTranslations { get; } = [];

    public List<Vector3> TrunkScales { get; } = [];

    public List<Vector3> CrownTranslations { get; } = [];

    public List<Vector3> CrownScales { get; } = [];

    public List<Quaternion> Rotations { get; } = [];

    public List<float> FeatureIds { get; } = [];

    public int Count => FeatureIds.Count;
}
