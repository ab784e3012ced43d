using System.Collections.Immutable;
using Twin.Models.City;

namespace Twin.Models.Demo;

/// <summary>
/// Places the sensor programme: two traffic cameras on Snelliuslaan, air-quality sensors of the
/// municipality along main roads and of residents in their streets, and a crowd counter in each of the
/// seven druktemeter zones of the centre. Each stands beside the nearest suitable street segment.
/// </summary>
internal sealed class SensorPlacer(DistrictFrame frame)
{
    public const string IdPrefix = "sensor-";
    public const string ZonePrefix = "zone-";

    private static readonly LocalPoint[] MunicipalAirSites = [new(-60, 200), new(-450, -100), new(450, 80), new(100, 350), new(-250, -350)];
    private static readonly LocalPoint[] ResidentAirSites = [new(-300, 450), new(350, 300), new(-520, -480), new(200, -250), new(520, -520)];

    private static readonly DateOnly[] ResidentJoined =
        [new(2022, 4, 15), new(2022, 9, 1), new(2023, 1, 10), new(2023, 5, 20), new(2024, 2, 1)];

    /// <summary>The druktemeter zones of the centre, west of the station.</summary>
    private static readonly (string Name, LocalPoint Site)[] Zones =
    [
        ("Stationsplein", new(-70, 0)), ("Kerkstraat", new(-250, 120)), ("Groest Noord", new(-330, 300)),
        ("Groest Zuid", new(-330, -60)), ("Kerkbrink", new(-480, 180)), ("Schapenkamp", new(-450, -250)),
        ("Langestraat", new(-200, -200)),
    ];

    private readonly HashSet<SegmentPiece> _taken = [];
    private List<(StreetEdge Edge, SegmentPiece Piece)> _pieces = [];

    public ImmutableArray<Sensor> Place(StreetNetwork network)
    {
        _pieces = [.. network.Edges.Where(e => !e.IsMissing).SelectMany(e => e.Pieces.Select(p => (Edge: e, Piece: p)))];
        var sensors = ImmutableArray.CreateBuilder<Sensor>();
        AddCameras(sensors);
        AddAirSensors(sensors);
        AddCrowdCounters(sensors);
        return sensors.ToImmutable();
    }

    private void AddCameras(ImmutableArray<Sensor>.Builder sensors)
    {
        var snelliuslaan = _pieces
            .Where(p => p.Edge.Name == StreetNetworkBuilder.Snelliuslaan)
            .OrderBy(p => p.Piece.Midpoint.V)
            .ToList();
        if (snelliuslaan.Count == 0)
        {
            return;
        }

        var watched = new[] { (At: snelliuslaan[0], End: "zuid", Side: -1.5), (At: snelliuslaan[^1], End: "noord", Side: 1.5) };
        for (var i = 0; i < watched.Length; i++)
        {
            var ((edge, piece), end, side) = watched[i];
            _taken.Add(piece);
            sensors.Add(new Sensor(
                $"{IdPrefix}traffic-{i + 1:D2}", $"Verkeerscamera Snelliuslaan {end}", SensorKind.TrafficCamera, frame.ToRd(Beside(edge, piece, side)),
                MountingHeight: 6.0, SegmentId: piece.Segment.Id, ZoneId: null, SensorRegisters.TrafficCamera));
        }
    }

    private void AddAirSensors(ImmutableArray<Sensor>.Builder sensors)
    {
        var main = _pieces.Where(p => p.Edge.Line.IsMainRoad && !p.Edge.CrossesRailway).ToList();
        var residential = _pieces.Where(p => p.Edge.RoadClass == RoadClass.Residential).ToList();
        var number = 0;
        foreach (var site in MunicipalAirSites)
        {
            var (edge, piece) = Nearest(main, site);
            sensors.Add(new Sensor(
                $"{IdPrefix}air-{++number:D2}", $"Luchtmeetpunt {edge.Name}", SensorKind.AirQuality, frame.ToRd(Beside(edge, piece, 2.0)),
                MountingHeight: 3.5, SegmentId: null, ZoneId: null, SensorRegisters.MunicipalAir));
        }

        for (var i = 0; i < ResidentAirSites.Length; i++)
        {
            var (edge, piece) = Nearest(residential, ResidentAirSites[i]);
            sensors.Add(new Sensor(
                $"{IdPrefix}air-{++number:D2}", $"Samen Meten {edge.Name}", SensorKind.AirQuality, frame.ToRd(Beside(edge, piece, -2.0)),
                MountingHeight: 2.5, SegmentId: null, ZoneId: null, SensorRegisters.ResidentAir(ResidentJoined[i])));
        }
    }

    private void AddCrowdCounters(ImmutableArray<Sensor>.Builder sensors)
    {
        for (var zone = 1; zone <= Zones.Length; zone++)
        {
            var (name, site) = Zones[zone - 1];
            var (edge, piece) = Nearest(_pieces, site);
            sensors.Add(new Sensor(
                $"{IdPrefix}crowd-{zone:D2}", $"Druktemeter {name} (zone {zone})", SensorKind.CrowdCounter, frame.ToRd(Beside(edge, piece, 1.5)),
                MountingHeight: 4.5, SegmentId: null, ZoneId: $"{ZonePrefix}{zone}", SensorRegisters.CrowdCounter));
        }
    }

    private (StreetEdge Edge, SegmentPiece Piece) Nearest(List<(StreetEdge Edge, SegmentPiece Piece)> pieces, LocalPoint site)
    {
        var nearest = pieces.Where(p => !_taken.Contains(p.Piece)).MinBy(p => p.Piece.Midpoint.DistanceTo(site));
        _taken.Add(nearest.Piece);
        return nearest;
    }

    /// <summary>Beside the piece's middle, beyond the kerb on the side of the distance's sign.</summary>
    private static LocalPoint Beside(StreetEdge edge, SegmentPiece piece, double beyondKerb) =>
        edge.Line.Beside(edge.Line.AlongOf(piece.Midpoint), (Math.Sign(beyondKerb) * edge.Width / 2) + beyondKerb);
}
