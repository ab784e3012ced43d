using System.Collections.Immutable;
using NetTopologySuite.Operation.Valid;
using Twin.Models.Geo;

namespace Twin.Models.City;

/// <summary>
/// The rules an entity must meet before the twin stores it. Returns every problem found, each
/// naming the field; an empty result means the entity is valid.
/// </summary>
public static class CityValidation
{
    public const int MaxIdLength = 128;

    public static ImmutableArray<EntityProblem> Validate(ICityEntity entity) => entity switch
    {
        Building building => Validate(building),
        StreetSegment street => Validate(street),
        Sensor sensor => Validate(sensor),
        Tree tree => Validate(tree),
        UtilityLine line => Validate(line),
        _ => [new EntityProblem("kind", $"unknown entity type {entity.GetType().Name}")],
    };

    public static ImmutableArray<EntityProblem> Validate(Building building)
    {
        var problems = new ProblemList();
        problems.CheckId(building.Id);
        problems.CheckPolygon("footprint", building.Footprint);
        problems.CheckRange("groundLevel", building.GroundLevel, -50, 400, "m NAP");
        problems.CheckRange("roofHeight", building.RoofHeight, -50, 700, "m NAP");
        if (double.IsFinite(building.GroundLevel) && double.IsFinite(building.RoofHeight))
        {
            problems.Check(building.RoofHeight > building.GroundLevel, "roofHeight", $"roof ({building.RoofHeight:0.##} m NAP) must be above ground level ({building.GroundLevel:0.##} m NAP)");
            problems.Check(building.Height <= 400, "roofHeight", $"height above ground {building.Height:0.#} m exceeds 400 m");
        }

        problems.CheckRange("storeys", building.Storeys, 0, 200, "storeys");
        problems.CheckRange("dwellings", building.Dwellings, 0, 10_000, "dwellings");
        if (building.ConstructionYear is { } year)
        {
            problems.CheckRange("constructionYear", year, 1000, 2100, "");
        }

        if (building.Shape is { } shape && BuildingShapeValidation.Problem(shape) is { } problem)
        {
            problems.Check(false, "shape", problem);
        }

        return problems.ToImmutable();
    }

    public static ImmutableArray<EntityProblem> Validate(StreetSegment street)
    {
        var problems = new ProblemList();
        problems.CheckId(street.Id);
        problems.CheckLine("centreline", street.Centreline);
        problems.Check(!string.IsNullOrWhiteSpace(street.FromNode), "fromNode", "is empty");
        problems.Check(!string.IsNullOrWhiteSpace(street.ToNode), "toNode", "is empty");
        problems.Check(street.FromNode != street.ToNode, "toNode", "equals fromNode: a segment must join two different nodes");
        problems.CheckRange("lanesPerDirection", street.LanesPerDirection, 1, 8, "lanes");
        problems.CheckRange("speedLimit", street.SpeedLimit, 5, 130, "km/h");
        problems.CheckRange("capacity", street.Capacity, 1, 20_000, "veh/h");
        problems.CheckRange("width", street.Width, 1, 100, "m");
        problems.Check(Enum.IsDefined(street.RoadClass), "roadClass", $"unknown road class {(int)street.RoadClass}");
        return problems.ToImmutable();
    }

    public static ImmutableArray<EntityProblem> Validate(Sensor sensor)
    {
        var problems = new ProblemList();
        problems.CheckId(sensor.Id);
        problems.CheckPoint("location", sensor.Location);
        problems.Check(Enum.IsDefined(sensor.SensorKind), "kind", $"unknown sensor kind {(int)sensor.SensorKind}");
        problems.CheckRange("mountingHeight", sensor.MountingHeight, 0, 100, "m");
        var register = sensor.Register;
        problems.Check(!string.IsNullOrWhiteSpace(register.Owner), "register.owner", "is empty");
        problems.Check(!string.IsNullOrWhiteSpace(register.Purpose), "register.purpose", "is empty");
        problems.Check(!string.IsNullOrWhiteSpace(register.LegalBasis), "register.legalBasis", "is empty");
        problems.Check(!string.IsNullOrWhiteSpace(register.DpiaReference), "register.dpiaReference", "is empty: every sensor needs a DPIA reference");
        problems.CheckRange("register.retentionDays", register.RetentionDays, 1, 3650, "days");
        problems.Check(!register.Quantities.IsDefaultOrEmpty, "register.quantities", "is empty: a sensor must be registered for at least one quantity");
        foreach (var quantity in register.Quantities.IsDefault ? [] : register.Quantities)
        {
            problems.Check(SensorQuantities.IsKnown(quantity), "register.quantities", $"'{quantity}' is not a known quantity ({string.Join(", ", SensorQuantities.All.Keys)})");
        }

        problems.Check(register.EndDate is null || register.EndDate >= register.StartDate, "register.endDate", "is before the start date");
        return problems.ToImmutable();
    }

    public static ImmutableArray<EntityProblem> Validate(Tree tree)
    {
        var problems = new ProblemList();
        problems.CheckId(tree.Id);
        problems.CheckPoint("location", tree.Location);
        problems.CheckRange("height", tree.Height, 0.5, 80, "m");
        problems.CheckRange("crownDiameter", tree.CrownDiameter, 0.3, 60, "m");
        if (tree.TrunkCircumference is { } trunk)
        {
            problems.CheckRange("trunkCircumference", trunk, 1, 2_000, "cm");
        }

        if (tree.PlantingYear is { } year)
        {
            problems.CheckRange("plantingYear", year, 1000, 2100, "");
        }

        return problems.ToImmutable();
    }

    public static ImmutableArray<EntityProblem> Validate(UtilityLine line)
    {
        var problems = new ProblemList();
        problems.CheckId(line.Id);
        problems.CheckLine("centreline", line.Centreline);
        problems.Check(Enum.IsDefined(line.UtilityKind), "kind", $"unknown utility kind {(int)line.UtilityKind}");
        problems.CheckRange("depthOfTop", line.DepthOfTop, 0, 60, "m");
        problems.CheckRange("diameter", line.Diameter, 1, 5_000, "mm");
        problems.CheckRange("groundLevel", line.GroundLevel, -50, 400, "m NAP");
        return problems.ToImmutable();
    }

    private sealed class ProblemList
    {
        private readonly ImmutableArray<EntityProblem>.Builder _problems = ImmutableArray.CreateBuilder<EntityProblem>();

        public ImmutableArray<EntityProblem> ToImmutable() => _problems.ToImmutable();

        public void Check(bool condition, string field, string message)
        {
            if (!condition)
            {
                _problems.Add(new EntityProblem(field, message));
            }
        }

        public void CheckId(string? id)
        {
            if (string.IsNullOrWhiteSpace(id))
            {
                _problems.Add(new EntityProblem("id", "is empty"));
                return;
            }

            Check(id.Length <= MaxIdLength, "id", $"is {id.Length} characters long; the limit is {MaxIdLength}");
            Check(!id.Any(char.IsControl), "id", "contains control characters");
        }

        public void CheckRange(string field, double value, double min, double max, string unit)
        {
            var suffix = unit.Length > 0 ? " " + unit : string.Empty;
            Check(double.IsFinite(value), field, "is not a finite number");
            if (double.IsFinite(value))
            {
                Check(value >= min && value <= max, field, $"{value:0.###}{suffix} is outside {min:0.###}..{max:0.###}{suffix}");
            }
        }

        public void CheckPoint(string field, RdPoint point)
        {
            Check(double.IsFinite(point.X) && double.IsFinite(point.Y), field, "has a coordinate that is not a finite number");
            Check(RdNew.IsInDomain(point), field, $"{point} lies outside the RD New domain");
        }

        public void CheckLine(string field, RdLine? line)
        {
            if (line is null || line.Count < 2)
            {
                Check(false, field, "needs at least 2 points");
                return;
            }

            foreach (var point in line.Points)
            {
                if (!double.IsFinite(point.X) || !double.IsFinite(point.Y) || !RdNew.IsInDomain(point))
                {
                    CheckPoint(field, point);
                    return;
                }
            }

            Check(line.Length > 0.01, field, "has zero length");
        }

        public void CheckPolygon(string field, RdPolygon? polygon)
        {
            if (polygon is null || polygon.Shell.Count < 4)
            {
                Check(false, field, "needs a closed ring of at least 4 points");
                return;
            }

            var rings = new[] { polygon.Shell }.Concat(polygon.Holes.IsDefault ? [] : polygon.Holes);
            foreach (var ring in rings)
            {
                if (!ring.IsClosed)
                {
                    Check(false, field, "has a ring that is not closed (first point differs from last)");
                    return;
                }

                foreach (var point in ring.Points)
                {
                    if (!double.IsFinite(point.X) || !double.IsFinite(point.Y) || !RdNew.IsInDomain(point))
                    {
                        CheckPoint(field, point);
                        return;
                    }
                }
            }

            var error = new IsValidOp(RdGeometry.ToNts(polygon)).ValidationError;
            if (error is not null)
            {
                Check(false, field, $"is not a valid polygon: {error.Message} at ({error.Coordinate?.X:0.###} {error.Coordinate?.Y:0.###})");
                return;
            }

            Check(polygon.Area >= 0.5, field, $"has an area of {polygon.Area:0.###} m², below 0.5 m²");
        }
    }
}
