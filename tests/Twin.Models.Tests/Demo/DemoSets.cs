using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;
using Twin.Models.City;
using Twin.Models.Demo;
using Twin.Models.Geo;

namespace Twin.Models.Tests.Demo;

/// <summary>The generated sets the demo tests share (each generated once per run), and spatial indexes over them.</summary>
internal static class DemoSets
{
    private static readonly Lazy<CitySet> _stationsgebied = new(() => DemoDistrict.Generate(DemoOptions.Default));
    private static readonly Lazy<CitySet> _city = new(() => DemoDistrict.Generate(new DemoOptions { Scale = DemoScale.City }));

    public static CitySet Stationsgebied => _stationsgebied.Value;

    public static CitySet City => _city.Value;

    public static CitySet Of(DemoScale scale) => scale == DemoScale.City ? City : Stationsgebied;

    /// <summary>Hilversum station (52.2262 N, 5.1816 E) in RD New, computed here rather than taken from the generator.</summary>
    public static RdPoint Station { get; } = RdNew.FromWgs84(new GeoPoint(52.2262, 5.1816));

    public static STRtree<(Building Building, Polygon Footprint)> Footprints(IEnumerable<Building> buildings)
    {
        var index = new STRtree<(Building, Polygon)>();
        foreach (var building in buildings)
        {
            var footprint = RdGeometry.ToNts(building.Footprint);
            index.Insert(footprint.EnvelopeInternal, (building, footprint));
        }

        index.Build();
        return index;
    }

    public static STRtree<(StreetSegment Segment, LineString Line)> Centrelines(IEnumerable<StreetSegment> segments)
    {
        var index = new STRtree<(StreetSegment, LineString)>();
        foreach (var segment in segments)
        {
            var line = RdGeometry.ToNts(segment.Centreline);
            index.Insert(line.EnvelopeInternal, (segment, line));
        }

        index.Build();
        return index;
    }

    public static Envelope Around(Geometry geometry, double distance)
    {
        var envelope = geometry.EnvelopeInternal.Copy();
        envelope.ExpandBy(distance);
        return envelope;
    }
}
