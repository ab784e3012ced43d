using Twin.Models.City;
using Twin.Models.Geo;

namespace Twin.Models.Tests.City;

public sealed class TileContentTests
{
    [Fact]
    public void Apply_NewerVersion_Replaces()
    {
        var content = TileContent.Empty.Apply([new VersionedEntity(Tree("t", height: 10), 1)], []);

        var next = content.Apply([new VersionedEntity(Tree("t", height: 12), 2)], []);

        var tree = Assert.IsType<Tree>(Assert.Single(next.ToCitySet().All()));
        Assert.Equal(12, tree.Height);
        Assert.Equal(content.Version + 1, next.Version);
    }

    [Fact]
    public void Apply_OlderVersionArrivingLate_IsIgnored()
    {
        var content = TileContent.Empty.Apply([new VersionedEntity(Tree("t", height: 12), 2)], []);

        var next = content.Apply([new VersionedEntity(Tree("t", height: 10), 1)], []);

        Assert.Same(content, next);
        Assert.Equal(12, Assert.IsType<Tree>(Assert.Single(next.ToCitySet().All())).Height);
    }

    [Fact]
    public void Apply_RemovalOlderThanStoredVersion_KeepsEntity()
    {
        var content = TileContent.Empty.Apply([new VersionedEntity(Tree("t"), 3)], []);

        var next = content.Apply([], [new EntityRemoval(new EntityKey(EntityKind.Tree, "t"), 2)]);

        Assert.Equal(1, next.Counts.Trees);
    }

    [Fact]
    public void Query_Box_ReturnsOnlyIntersectingEntitiesOfAskedKinds()
    {
        var content = TileContent.Empty.Apply(
            [new VersionedEntity(Tree("near", x: 10), 1), new VersionedEntity(Tree("far", x: 400), 1)], []);

        var found = content.Query(new RdEnvelope(140_000, 470_000, 140_050, 470_050), EntityKinds.Tree);
        var none = content.Query(new RdEnvelope(140_000, 470_000, 140_050, 470_050), EntityKinds.Building);

        Assert.Equal("near", Assert.Single(found.Trees).Id);
        Assert.Equal(0, none.Count);
    }

    private static Tree Tree(string id, double height = 10, double x = 0) =>
        new(id, "Quercus robur", new RdPoint(140_000 + x, 470_000), height, 6, null, null, TreeProtection.None, null, TreeDimensionsSource.Measured);
}
