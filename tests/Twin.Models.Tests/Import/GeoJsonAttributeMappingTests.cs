using Twin.Models.City;
using Twin.Models.Geo;
using Twin.Models.Import;

namespace Twin.Models.Tests.Import;

/// <summary>How GeoJSON features become entities of each kind: inferred kinds, required attributes, defaults, ids.</summary>
public sealed class GeoJsonAttributeMappingTests : IDisposable
{
    private const string Square = "POLYGON ((140900 470900, 140920 470900, 140920 470910, 140900 470910, 140900 470900))";
    private const string Street = "LINESTRING (140900 470900, 140950 470900, 141000 470950)";

    private static readonly ImportOptions Options = new() { ReferenceYear = 2025 };

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Import_MixedFeatures_KindInferredFromGeometryAndAttributes()
    {
        var path = Write(GeoJsonText.Collection(
            GeoJsonText.RdCrs,
            GeoJsonText.Feature(Square, new { id = "b", groundLevel = 0.0, roofHeight = 9.0 }),
            GeoJsonText.Feature(Street, new { id = "s", fromNode = "n1", toNode = "n2" }),
            GeoJsonText.Feature("LINESTRING (140900 470905, 140950 470905)", new { id = "u", utilityKind = "gas", depthOfTop = 0.8, diameter = 110.0, groundLevel = 1.2 }),
            GeoJsonText.Feature("POINT (140910 470930)", new { id = "t", species = "Quercus robur", plantingYear = 1990 }),
            GeoJsonText.Feature("POINT (140910 470940)", Sensor("c"))));

        var result = CityImporter.Import(path, Options);

        Assert.Empty(result.Rejections);
        Assert.Equal(new EntityCounts(1, 1, 1, 1, 1), result.Entities.Counts);
    }

    [Fact]
    public void Import_PointWithoutKindOrSpecies_UnsupportedType()
    {
        var path = Write(GeoJsonText.Collection(GeoJsonText.RdCrs, GeoJsonText.Feature("POINT (140910 470930)", new { id = "p" })));

        var rejection = Assert.Single(CityImporter.Import(path, Options).Rejections);

        Assert.Equal(RejectionReason.UnsupportedType, rejection.Reason);
        Assert.Contains("kind", rejection.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_KindProperty_OverridesInference()
    {
        var path = Write(GeoJsonText.Collection(GeoJsonText.RdCrs, GeoJsonText.Feature("POINT (140910 470930)", new { id = "p", kind = "Tree" })));

        var tree = Assert.Single(CityImporter.Import(path, Options).Entities.Trees);

        Assert.Equal(TreeDimensionsSource.Default, tree.DimensionsSource);
    }

    [Fact]
    public void Import_StreetWithoutToNode_MissingAttribute()
    {
        var path = Write(GeoJsonText.Collection(GeoJsonText.RdCrs, GeoJsonText.Feature(Street, new { id = "s", fromNode = "n1" })));

        var rejection = Assert.Single(CityImporter.Import(path, Options).Rejections);

        Assert.Equal(RejectionReason.MissingAttribute, rejection.Reason);
        Assert.Contains("toNode", rejection.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_StreetWithOnlyNodes_GetsDefaultsThatPassValidation()
    {
        var path = Write(GeoJsonText.Collection(GeoJsonText.RdCrs, GeoJsonText.Feature(Street, new { id = "s", fromNode = "n1", toNode = "n2" })));

        var street = Assert.Single(CityImporter.Import(path, Options).Entities.StreetSegments);

        Assert.Equal(1, street.LanesPerDirection);
        Assert.False(street.OneWay);
        Assert.Equal(RdGeometry.ToNts(street.Centreline).Length, street.Length, 6);
        Assert.Empty(CityValidation.Validate(street));
    }

    [Fact]
    public void Import_ArterialWithMoreLanes_FasterAndMoreCapacityThanResidential()
    {
        var path = Write(GeoJsonText.Collection(
            GeoJsonText.RdCrs,
            GeoJsonText.Feature(Street, new { id = "a", fromNode = "n1", toNode = "n2", roadClass = "gebiedsontsluitingsweg", lanesPerDirection = 2 }),
            GeoJsonText.Feature(Street, new { id = "r", fromNode = "n2", toNode = "n3", roadClass = "residential" })));

        var streets = CityImporter.Import(path, Options).Entities.StreetSegments.ToDictionary(s => s.Id);

        Assert.Equal(RoadClass.Arterial, streets["a"].RoadClass);
        Assert.True(streets["a"].SpeedLimit > streets["r"].SpeedLimit);
        Assert.True(streets["a"].Capacity > streets["r"].Capacity);
        Assert.True(streets["a"].Width > streets["r"].Width);
    }

    [Fact]
    public void Import_UnknownRoadClass_InvalidAttributeNamingTheValue()
    {
        var path = Write(GeoJsonText.Collection(GeoJsonText.RdCrs, GeoJsonText.Feature(Street, new { id = "s", fromNode = "n1", toNode = "n2", roadClass = "autobahn" })));

        var rejection = Assert.Single(CityImporter.Import(path, Options).Rejections);

        Assert.Equal(RejectionReason.InvalidAttribute, rejection.Reason);
        Assert.Contains("autobahn", rejection.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_SensorWithRegister_KeepsTheRegisterEntry()
    {
        var path = Write(GeoJsonText.Collection(GeoJsonText.RdCrs, GeoJsonText.Feature("POINT (140910 470940)", Sensor("cam-1"))));

        var sensor = Assert.Single(CityImporter.Import(path, Options).Entities.Sensors);

        Assert.Equal(SensorKind.TrafficCamera, sensor.SensorKind);
        Assert.Equal(["vehicle_count", "vehicle_speed"], sensor.Register.Quantities);
        Assert.Equal(new DateOnly(2024, 3, 1), sensor.Register.StartDate);
        Assert.Equal(SensorStatus.Active, sensor.Register.Status);
        Assert.Equal("DPIA-2024-007", sensor.Register.DpiaReference);
    }

    [Fact]
    public void Import_SensorWithFlatRegisterFields_SameEntryAsNested()
    {
        var nested = GeoJsonText.Feature("POINT (140910 470940)", Sensor("nested"));
        var flat = GeoJsonText.Feature("POINT (140910 470950)", Sensor("flat"));
        var properties = flat["properties"]!.AsObject();
        var register = properties["register"]!.AsObject();
        properties.Remove("register");
        foreach (var (name, value) in register.ToList())
        {
            properties["register_" + name] = name == "quantities" ? string.Join(",", value!.AsArray().Select(q => q!.GetValue<string>())) : value?.DeepClone();
        }

        var path = Write(GeoJsonText.Collection(GeoJsonText.RdCrs, nested, flat));

        var sensors = CityImporter.Import(path, Options).Entities.Sensors;

        Assert.Equal(2, sensors.Length);
        Assert.Equal(sensors[0].Register, sensors[1].Register);
    }

    [Fact]
    public void Import_SensorWithoutDpia_MissingAttributeNamingIt()
    {
        var feature = GeoJsonText.Feature("POINT (140910 470940)", Sensor("cam-1"));
        feature["properties"]!["register"]!.AsObject().Remove("dpiaReference");
        var path = Write(GeoJsonText.Collection(GeoJsonText.RdCrs, feature));

        var rejection = Assert.Single(CityImporter.Import(path, Options).Rejections);

        Assert.Equal(RejectionReason.MissingAttribute, rejection.Reason);
        Assert.Contains("register.dpiaReference", rejection.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_UtilityLineWithoutDepth_MissingAttribute()
    {
        var path = Write(GeoJsonText.Collection(GeoJsonText.RdCrs, GeoJsonText.Feature(Street, new { id = "u", utilityKind = "riool", diameter = 400.0, groundLevel = 1.0 })));

        var rejection = Assert.Single(CityImporter.Import(path, Options).Rejections);

        Assert.Equal(RejectionReason.MissingAttribute, rejection.Reason);
        Assert.Contains("depthOfTop", rejection.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_NumberThatIsText_InvalidAttributeNamingFieldAndValue()
    {
        var path = Write(GeoJsonText.Collection(GeoJsonText.RdCrs, GeoJsonText.Feature(Square, new { id = "b1", groundLevel = 1.0, roofHeight = 13.0, storeys = "three" })));

        var rejection = Assert.Single(CityImporter.Import(path, Options).Rejections);

        Assert.Equal(RejectionReason.InvalidAttribute, rejection.Reason);
        Assert.Contains("storeys: 'three'", rejection.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_RoofBelowGround_InvalidAttributeFromValidation()
    {
        var path = Write(GeoJsonText.Collection(GeoJsonText.RdCrs, GeoJsonText.Feature(Square, new { id = "b1", groundLevel = 10.0, roofHeight = 5.0 })));

        var rejection = Assert.Single(CityImporter.Import(path, Options).Rejections);

        Assert.Equal(RejectionReason.InvalidAttribute, rejection.Reason);
        Assert.Contains("roofHeight", rejection.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_NoIdAnywhere_MissingAttribute()
    {
        var path = Write(GeoJsonText.Collection(GeoJsonText.RdCrs, GeoJsonText.Feature(Square, new { groundLevel = 0.0, roofHeight = 9.0 })));

        var rejection = Assert.Single(CityImporter.Import(path, Options).Rejections);

        Assert.Equal((0, null, RejectionReason.MissingAttribute), (rejection.FeatureIndex, rejection.FeatureId, rejection.Reason));
    }

    [Fact]
    public void Import_FeatureIdMember_UsedWithoutIdProperty()
    {
        var path = Write(GeoJsonText.Collection(GeoJsonText.RdCrs, GeoJsonText.Feature(Square, new { groundLevel = 0.0, roofHeight = 9.0 }, 42)));

        Assert.Equal("42", Assert.Single(CityImporter.Import(path, Options).Entities.Buildings).Id);
    }

    [Fact]
    public void Import_IdFieldOption_TakesThatProperty()
    {
        var path = Write(GeoJsonText.Collection(GeoJsonText.RdCrs, GeoJsonText.Feature(Square, new { id = "local-1", bag_id = "0402100000012345", groundLevel = 0.0, roofHeight = 9.0 })));

        var building = Assert.Single(CityImporter.Import(path, Options with { IdField = "bag_id" }).Entities.Buildings);

        Assert.Equal("0402100000012345", building.Id);
    }

    private static object Sensor(string id) => new
    {
        id,
        name = "Snelliuslaan noord",
        sensorKind = "traffic_camera",
        mountingHeight = 4.5,
        register = new
        {
            owner = "Gemeente Hilversum",
            purpose = "verkeerstellingen",
            quantities = new[] { "vehicle_count", "vehicle_speed" },
            legalBasis = "publieke taak",
            dpiaReference = "DPIA-2024-007",
            retentionDays = 30,
            startDate = "2024-03-01",
            status = "active",
        },
    };

    private string Write(string json) => _temp.Write(Guid.NewGuid().ToString("N") + ".geojson", json);
}
