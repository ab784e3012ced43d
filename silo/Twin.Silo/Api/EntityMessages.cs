using Google.Protobuf.WellKnownTypes;
using Twin.Api.V1;
using ICityEntity = Twin.Models.City.ICityEntity;
using ModelBuilding = Twin.Models.City.Building;
using ModelSensor = Twin.Models.City.Sensor;
using ModelStreetSegment = Twin.Models.City.StreetSegment;
using ModelTree = Twin.Models.City.Tree;
using ModelUtilityLine = Twin.Models.City.UtilityLine;

namespace Twin.Silo.Api;

/// <summary>Maps the city records to the twin.v1 messages. Enum values share their numbers on both sides.</summary>
public static class EntityMessages
{
    public static Entity ToMessage(ICityEntity entity, CoordinateOutput output) => entity switch
    {
        ModelBuilding b => new Entity { Building = ToMessage(b, output) },
        ModelStreetSegment s => new Entity { StreetSegment = ToMessage(s, output) },
        ModelSensor s => new Entity { Sensor = ToMessage(s, output) },
        ModelTree t => new Entity { Tree = ToMessage(t, output) },
        ModelUtilityLine u => new Entity { UtilityLine = ToMessage(u, output) },
        _ => throw new ArgumentException($"Unknown entity type {entity.GetType().Name}.", nameof(entity)),
    };

    public static Twin.Api.V1.Building ToMessage(ModelBuilding building, CoordinateOutput output) => new()
    {
        Id = building.Id,
        Footprint = output.Polygon(building.Footprint),
        GroundLevel = building.GroundLevel,
        RoofHeight = building.RoofHeight,
        Storeys = building.Storeys,
        Use = (Twin.Api.V1.BuildingUse)building.Use,
        ConstructionYear = building.ConstructionYear ?? 0,
        Dwellings = building.Dwellings,
    };

    public static Twin.Api.V1.StreetSegment ToMessage(ModelStreetSegment street, CoordinateOutput output) => new()
    {
        Id = street.Id,
        Centreline = output.Line(street.Centreline),
        FromNode = street.FromNode,
        ToNode = street.ToNode,
        LanesPerDirection = street.LanesPerDirection,
        SpeedLimit = street.SpeedLimit,
        Capacity = street.Capacity,
        RoadClass = (Twin.Api.V1.RoadClass)street.RoadClass,
        OneWay = street.OneWay,
        StreetName = street.StreetName,
        Width = street.Width,
    };

    public static Twin.Api.V1.Sensor ToMessage(ModelSensor sensor, CoordinateOutput output) => new()
    {
        Id = sensor.Id,
        Name = sensor.Name,
        Kind = (Twin.Api.V1.SensorKind)sensor.SensorKind,
        Location = output.Point(sensor.Location),
        MountingHeight = sensor.MountingHeight,
        SegmentId = sensor.SegmentId ?? string.Empty,
        ZoneId = sensor.ZoneId ?? string.Empty,
        Register = ToMessage(sensor.Register),
    };

    public static Twin.Api.V1.SensorRegisterEntry ToMessage(Twin.Models.City.SensorRegisterEntry register)
    {
        var message = new Twin.Api.V1.SensorRegisterEntry
        {
            Owner = register.Owner,
            Purpose = register.Purpose,
            LegalBasis = register.LegalBasis,
            DpiaReference = register.DpiaReference,
            RetentionDays = register.RetentionDays,
            StartDate = Timestamp.FromDateTime(register.StartDate.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)),
            EndDate = register.EndDate is { } end ? Timestamp.FromDateTime(end.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)) : null,
            IsPublic = register.IsPublic,
            Status = (Twin.Api.V1.SensorStatus)register.Status,
        };
        message.Quantities.AddRange(register.Quantities);
        return message;
    }

    public static Twin.Api.V1.Tree ToMessage(ModelTree tree, CoordinateOutput output) => new()
    {
        Id = tree.Id,
        Species = tree.Species,
        Location = output.Point(tree.Location),
        Height = tree.Height,
        CrownDiameter = tree.CrownDiameter,
        TrunkCircumference = tree.TrunkCircumference ?? 0,
        PlantingYear = tree.PlantingYear ?? 0,
        Protection = (Twin.Api.V1.TreeProtection)tree.Protection,
        ProtectionScore = tree.ProtectionScore ?? 0,
        DimensionsSource = (Twin.Api.V1.TreeDimensionsSource)tree.DimensionsSource,
    };

    public static Twin.Api.V1.UtilityLine ToMessage(ModelUtilityLine line, CoordinateOutput output) => new()
    {
        Id = line.Id,
        Kind = (Twin.Api.V1.UtilityKind)line.UtilityKind,
        Centreline = output.Line(line.Centreline),
        DepthOfTop = line.DepthOfTop,
        Diameter = line.Diameter,
        Material = line.Material,
        Owner = line.Owner,
        GroundLevel = line.GroundLevel,
    };

    public static ImportRecord ToMessage(Twin.Models.City.ImportRecord record) => new()
    {
        Source = record.Source,
        At = Timestamp.FromDateTimeOffset(record.At),
        Created = record.Created,
        Updated = record.Updated,
        Removed = record.Removed,
        Unchanged = record.Unchanged,
        Rejected = record.Rejected,
        DatasetVersion = record.DatasetVersion,
    };

    public static EntityCounts ToMessage(Twin.Models.City.EntityCounts counts) => new()
    {
        Buildings = counts.Buildings,
        StreetSegments = counts.StreetSegments,
        Sensors = counts.Sensors,
        Trees = counts.Trees,
        UtilityLines = counts.UtilityLines,
    };
}
