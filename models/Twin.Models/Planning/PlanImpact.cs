using System.Collections.Immutable;

namespace Twin.Models.Planning;

/// <summary>What a proposal does beyond the figures: the trees it fells or affects and where its new foundations meet utility lines.</summary>
[GenerateSerializer, Immutable, Alias("twin.planning.plan-impact")]
public sealed record PlanImpact(
    [property: Id(0)] ImmutableArray<string> NewBuildings,
    [property: Id(1)] ImmutableArray<TreeImpact> Trees,
    [property: Id(2)] ImmutableArray<UndergroundConflict> UndergroundConflicts)
{
    public static PlanImpact None { get; } = new([], [], []);

    public int TreesRemoved => Trees.Count(t => t.IsRemoved);

    public int ProtectedTreesAffected => Trees.Count(t => t.IsProtected);
}
