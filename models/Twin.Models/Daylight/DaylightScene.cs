using Twin.Models.City;
using Twin.Models.Geo;

namespace Twin.Models.Daylight;

/// <summary>
/// What casts shadow, in local metres east and north of a district origin: buildings as LOD1 prisms (every
/// edge of every footprint ring, up to the roof height; flat roofs make the nearest wall the highest obstruction
/// along any ray, and a LOD2 roof would change the horizon by a degree or two at most at street distances) and,
/// optionally, tree crowns as ellipsoids, each in a grid for the nearby-obstacle searches.
/// </summary>
internal sealed class DaylightScene
{
    private const double CellSize = 32;

    private readonly GridIndex _buildingGrid;
    private readonly GridIndex? _treeGrid;
    private readonly DaylightTrees _trees;

    private DaylightScene(RdPoint origin, DaylightBuildings buildings, DaylightTrees trees, GridIndex buildingGrid, GridIndex? treeGrid)
    {
        Origin = origin;
        Buildings = buildings;
        _trees = trees;
        _buildingGrid = buildingGrid;
        _treeGrid = treeGrid;
    }

    public RdPoint Origin { get; }

    public DaylightBuildings Buildings { get; }

    public int TreeCount => _trees.Count;

    public static DaylightScene Build(CitySet city, bool includeTrees, ICollection<string> problems)
    {
        var envelope = city.Buildings.Aggregate(RdEnvelope.Empty, (e, b) => IsFinite(b.Envelope) ? e.Union(b.Envelope) : e);
        if (includeTrees)
        {
            envelope = city.Trees.Aggregate(envelope, (e, t) => IsFinite(t.Envelope) ? e.Union(t.Envelope) : e);
        }

        var origin = envelope.IsEmpty ? new RdPoint(0, 0) : new RdPoint(envelope.MinX, envelope.MinY);
        var buildings = DaylightBuildings.From(city.Buildings, origin, problems);
        var buildingGrid = new GridIndex(envelope.Width, envelope.Height, CellSize, buildings.Boxes);
        var trees = includeTrees ? DaylightTrees.From(city.Trees, origin, buildings, buildingGrid, problems) : DaylightTrees.None;
        var treeGrid = includeTrees ? new GridIndex(envelope.Width, envelope.Height, CellSize, trees.Boxes) : null;
        return new DaylightScene(origin, buildings, trees, buildingGrid, treeGrid);
    }

    /// <summary>
    /// Raises <paramref name="horizon"/> (tangent of the obstruction's elevation per bin, seen from the query's point)
    /// to the buildings and crowns within the query's reach; only the
    /// bins marked <paramref name="relevant"/> (in front of the facade, where the Sun comes) are computed.
    /// </summary>
    public void RaiseHorizon(in HorizonQuery query, Span<float> horizon, ReadOnlySpan<bool> relevant, ScratchStamps stamps)
    {
        stamps.Next();
        var reach = query.MaxDistance;
        for (var row = _buildingGrid.Row(query.Y - reach); row <= _buildingGrid.Row(query.Y + reach); row++)
        {
            for (var column = _buildingGrid.Column(query.X - reach); column <= _buildingGrid.Column(query.X + reach); column++)
            {
                foreach (var b in _buildingGrid.Items(column, row))
                {
                    if (stamps.Mark(stamps.Buildings, b))
                    {
                        Buildings.RaiseHorizon(b, query, horizon, relevant);
                    }
                }
            }
        }

        if (_treeGrid is null)
        {
            return;
        }

        for (var row = _treeGrid.Row(query.Y - reach); row <= _treeGrid.Row(query.Y + reach); row++)
        {
            for (var column = _treeGrid.Column(query.X - reach); column <= _treeGrid.Column(query.X + reach); column++)
            {
                foreach (var t in _treeGrid.Items(column, row))
                {
                    if (stamps.Mark(stamps.Trees, t))
                    {
                        _trees.RaiseHorizon(t, query, horizon, relevant);
                    }
                }
            }
        }
    }

    /// <summary>Whether a local point at height z NAP lies inside a building that reaches above z (a party wall's far side).</summary>
    public bool IsInsideBuilding(double x, double y, double z)
    {
        foreach (var b in _buildingGrid.Items(_buildingGrid.Column(x), _buildingGrid.Row(y)))
        {
            if (Buildings.Contains(b, x, y, z))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsFinite(RdEnvelope e) =>
        double.IsFinite(e.MinX) && double.IsFinite(e.MinY) && double.IsFinite(e.MaxX) && double.IsFinite(e.MaxY);
}
