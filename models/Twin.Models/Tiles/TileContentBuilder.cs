using System.Numerics;
using Twin.Models.City;
using Twin.Models.Geo;

namespace Twin.Models.Tiles;

/// <summary>
/// Builds the scene of one tile: selects the entities whose anchor lies in the tile at its level and that the
/// level's <see cref="TileDetail"/> keeps, and turns each kind into its primitive and its rows of the tile's one property table.
/// Buildings with LOD2 surfaces show them at full detail; coarser levels, and buildings without, get the LOD1 block.
/// </summary>
internal sealed class TileContentBuilder
{
    /// <summary>Ribbons, tubes and crowns reach this far beyond the entities' centrelines and anchors, metres.</summary>
    public const double ContentMargin = 20;

    private readonly TileAddress _address;
    private readonly TileDetail _detail;
    private readonly ResultLayer? _layer;
    private readonly CitySet _content;
    private readonly LocalProjection _projection;
    private readonly GroundModel _ground;
    private readonly TileScene _scene = new();

    public TileContentBuilder(TileAddress address, CitySet content, TileDetail detail, ResultLayer? layer)
    {
        (_address, _detail, _layer) = (address, detail, layer);
        _content = InTile(address, content);
        var bounds = TilingScheme.Bounds(address);
        _projection = TileFrame.Projection(address, _content.Envelope.Expanded(ContentMargin));
        _ground = GroundModel.For(bounds, _content);
    }

    public TileScene Build()
    {
        AddBuildings();
        AddStreets();
        if (_detail.IncludeUnderground)
        {
            AddUtilities();
        }

        if (_detail.IncludeSensors)
        {
            AddSensors();
        }

        AddTrees();
        AddGround();
        return _scene;
    }

    /// <summary>The entities whose anchor is in the tile at its level: callers may pass a superset.</summary>
    internal static CitySet InTile(TileAddress address, CitySet content) =>
        content.Where(e => TilingScheme.TileAt(e.Anchor, address.Level) == address);

    private void AddBuildings()
    {
        var first = _scene.Table.Count;
        var mesh = new MeshBuffer();
        foreach (var building in _content.Buildings)
        {
            var size = Math.Max(building.Height, Math.Max(building.Envelope.Width, building.Envelope.Height));
            if (size < _detail.MinFeatureSize)
            {
                continue;
            }

            if (_detail.IsFullDetail && building.Shape is { } shape)
            {
                AddLod2(mesh, building, shape);
            }
            else
            {
                AddLod1(mesh, building);
            }
        }

        AddPrimitive(mesh, _scene.Table.Count - first);
    }

    /// <summary>The LOD2 surfaces, with the same row (id and attributes) as the block: picking does not depend on the level.</summary>
    private void AddLod2(MeshBuffer mesh, Building building, BuildingShape shape)
    {
        var row = FeatureRows.Add(_scene.Table, building);
        var wall = ColorFor(EntityKind.Building, building.Id, _scene.Table, TilePalette.Building(building.Use));

        // A result layer colours the whole building by its value; a roof shade would read as a different value.
        var roof = _layer?.Kind == EntityKind.Building ? wall : TilePalette.Roof(building.Use).ToLinearRgba();
        BuildingShapeMesher.Add(mesh, shape, _projection, new SurfaceColors(wall, roof), row);
    }

    private void AddLod1(MeshBuffer mesh, Building building)
    {
        var prepared = FootprintPreparer.Prepare(building.Footprint, _detail.SimplifyTolerance);
        if (prepared.Issue is not null)
        {
            _scene.Issues.Add(new TileIssue(building.Id, prepared.Issue, prepared.IsSkipped));
        }

        if (prepared.IsSkipped || !(building.RoofHeight > building.GroundLevel))
        {
            if (!prepared.IsSkipped)
            {
                _scene.Issues.Add(new TileIssue(building.Id, "roof height is not above ground level", true));
            }

            return;
        }

        var row = FeatureRows.Add(_scene.Table, building);
        var color = ColorFor(EntityKind.Building, building.Id, _scene.Table, TilePalette.Building(building.Use));
        var wallColor = FacadeColors(building);
        foreach (var part in prepared.Parts)
        {
            BuildingMesher.Add(mesh, part, building, _projection, color, row, wallColor);
        }
    }

    /// <summary>The wall colours of a building layer with values per facade; null (the building's colour) otherwise.</summary>
    private Func<NetTopologySuite.Geometries.Coordinate, NetTopologySuite.Geometries.Coordinate, uint>? FacadeColors(Building building)
    {
        if (_layer is not { Kind: EntityKind.Building, FacadeValues: { } facades } || !facades.TryGetValue(building.Id, out var values))
        {
            return null;
        }

        var edges = new FacadeEdges(building.Footprint);
        var ramp = _layer.Ramp;
        return (a, b) =>
        {
            var k = edges.Nearest(a, b);
            return (k < values.Length && double.IsFinite(values[k]) ? ramp.ColorAt(values[k]) : ColorRamp.NoData).ToLinearRgba();
        };
    }

    private void AddStreets()
    {
        var table = _scene.Table;
        var first = table.Count;
        var mesh = new MeshBuffer();
        foreach (var street in _content.StreetSegments.Where(s => s.Centreline.Count >= 2))
        {
            var row = FeatureRows.Add(table, street);
            var color = ColorFor(EntityKind.StreetSegment, street.Id, table, TilePalette.Street);
            LineMesher.AddStreet(mesh, street, _ground, _projection, color, row);
        }

        AddPrimitive(mesh, table.Count - first);
    }

    private void AddUtilities()
    {
        var table = _scene.Table;
        var first = table.Count;
        var mesh = new MeshBuffer();
        foreach (var line in _content.UtilityLines.Where(l => l.Centreline.Count >= 2))
        {
            var row = FeatureRows.Add(table, line);
            var color = ColorFor(EntityKind.UtilityLine, line.Id, table, TilePalette.Utility(line.UtilityKind));
            LineMesher.AddUtility(mesh, line, _projection, color, row);
        }

        AddPrimitive(mesh, table.Count - first);
    }

    private void AddSensors()
    {
        var table = _scene.Table;
        var first = table.Count;
        var mesh = new MeshBuffer();
        foreach (var sensor in _content.Sensors)
        {
            var row = FeatureRows.Add(table, sensor);
            var head = ColorFor(EntityKind.Sensor, sensor.Id, table, TilePalette.Sensor(sensor.SensorKind));
            var ground = _ground.HeightAt(sensor.Location.X, sensor.Location.Y);
            var height = (float)Math.Max(sensor.MountingHeight, 0.5);
            var foot = _projection.ToLocal(sensor.Location.X, sensor.Location.Y, ground);
            MarkerMesher.AddBox(mesh, foot, new Vector3(0.06f, height / 2, 0.06f), TilePalette.SensorPole.ToLinearRgba(), row);
            MarkerMesher.AddBox(mesh, foot + new Vector3(0, height, 0), new Vector3(0.25f, 0.2f, 0.25f), head, row);
        }

        AddPrimitive(mesh, table.Count - first);
    }

    private void AddTrees()
    {
        var table = _scene.Table;
        var first = table.Count;
        foreach (var tree in _content.Trees.Where(t => Math.Max(t.Height, t.CrownDiameter) >= _detail.MinFeatureSize))
        {
            var row = FeatureRows.Add(table, tree);
            _ = ColorFor(EntityKind.Tree, tree.Id, table, TilePalette.Crown);
            var ground = _ground.HeightAt(tree.Location.X, tree.Location.Y);
            var height = Math.Max(tree.Height, 1);
            var crownRadius = Math.Max(tree.CrownDiameter, 1) / 2;
            var crownHeight = Math.Min(2 * crownRadius * 1.1, height * 0.75);
            var crownCentre = height - (crownHeight / 2);
            var trunkRadius = tree.TrunkCircumference is { } c && c > 0 ? c / (200 * Math.PI) : Math.Clamp(height * 0.012, 0.08, 0.6);
            var trees = _scene.Trees;
            trees.TrunkTranslations.Add(_projection.ToLocal(tree.Location.X, tree.Location.Y, ground));
            trees.TrunkScales.Add(new Vector3((float)trunkRadius, (float)crownCentre, (float)trunkRadius));
            trees.CrownTranslations.Add(_projection.ToLocal(tree.Location.X, tree.Location.Y, ground + crownCentre));
            trees.CrownScales.Add(new Vector3((float)crownRadius, (float)(crownHeight / 2), (float)crownRadius));
            var yaw = StableHash(tree.Id) % 360 * MathF.PI / 180;
            trees.Rotations.Add(Quaternion.CreateFromAxisAngle(Vector3.UnitY, yaw));
            trees.FeatureIds.Add(row);
        }

        _scene.TreeFeatureCount = table.Count - first;
    }

    private void AddGround()
    {
        var table = _scene.Table;
        var first = table.Count;
        var row = table.AddRow($"ground-{_address.Level}-{_address.X}-{_address.Y}", FeatureRows.Ground);
        table.Set("samples", _ground.SampleCount);
        table.Set("estimatedFrom", _ground.SampleCount > 0 ? "buildings and utility lines (inverse distance)" : "none (NAP 0)");
        var mesh = new MeshBuffer();
        _ground.AddMesh(mesh, _projection, TilePalette.Ground.ToLinearRgba(), row);
        AddPrimitive(mesh, table.Count - first);
    }

    private void AddPrimitive(MeshBuffer mesh, int featureCount)
    {
        if (featureCount > 0 && mesh.IndexCount > 0)
        {
            _scene.Primitives.Add((mesh, featureCount));
        }
    }

    /// <summary>FNV-1a: string.GetHashCode differs between processes, and the same tile must give the same bytes.</summary>
    private static uint StableHash(string value)
    {
        var hash = 2166136261u;
        foreach (var c in value)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }

    /// <summary>The feature's colour: from the result layer when it is of this kind (and its value goes in the table), else the palette's.</summary>
    private uint ColorFor(EntityKind kind, string id, FeatureTable table, TileColor palette)
    {
        if (_layer is null || _layer.Kind != kind)
        {
            return palette.ToLinearRgba();
        }

        var found = _layer.Values.TryGetValue(id, out var value) && double.IsFinite(value);
        table.Set(_layer.PropertyName, found ? value : null, ResultLayer.NoData);
        return (found ? _layer.Ramp.ColorAt(value) : ColorRamp.NoData).ToLinearRgba();
    }
}
