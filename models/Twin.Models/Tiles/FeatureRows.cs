using Twin.Models.City;

namespace Twin.Models.Tiles;

/// <summary>The attributes each kind of feature carries in the tile's property table (besides id and kind).</summary>
internal static class FeatureRows
{
    public const string Building = "building";
    public const string Tree = "tree";
    public const string Street = "street";
    public const string Utility = "utility";
    public const string Sensor = "sensor";
    public const string Ground = "ground";

    public static int Add(FeatureTable table, Building building)
    {
        var row = table.AddRow(building.Id, Building);
        table.Set("use", building.Use.ToString());
        table.Set("storeys", building.Storeys);
        table.Set("roofHeight", building.RoofHeight);
        table.Set("groundLevel", building.GroundLevel);
        table.Set("height", building.Height);
        table.Set("constructionYear", building.ConstructionYear);
        table.Set("dwellings", building.Dwellings);
        return row;
    }

    public static int Add(FeatureTable table, Tree tree)
    {
        var row = table.AddRow(tree.Id, Tree);
        table.Set("species", tree.Species);
        table.Set("height", tree.Height);
        table.Set("crownDiameter", tree.CrownDiameter);
        table.Set("plantingYear", tree.PlantingYear);
        table.Set("protection", tree.Protection.ToString());
        return row;
    }

    public static int Add(FeatureTable table, StreetSegment street)
    {
        var row = table.AddRow(street.Id, Street);
        table.Set("name", street.StreetName);
        table.Set("speedLimit", street.SpeedLimit);
        table.Set("lanes", street.LanesPerDirection);
        table.Set("capacity", street.Capacity);
        table.Set("roadClass", street.RoadClass.ToString());
        table.Set("oneWay", street.OneWay);
        table.Set("width", street.Width);
        return row;
    }

    public static int Add(FeatureTable table, UtilityLine line)
    {
        var row = table.AddRow(line.Id, Utility);
        table.Set("utilityKind", line.UtilityKind.ToString());
        table.Set("depth", line.DepthOfTop);
        table.Set("diameter", line.Diameter);
        table.Set("material", line.Material);
        table.Set("owner", line.Owner);
        return row;
    }

    public static int Add(FeatureTable table, Sensor sensor)
    {
        var row = table.AddRow(sensor.Id, Sensor);
        table.Set("name", sensor.Name);
        table.Set("sensorKind", sensor.SensorKind.ToString());
        table.Set("owner", sensor.Register.Owner);
        table.Set("purpose", sensor.Register.Purpose);
        table.Set("status", sensor.Register.Status.ToString());
        table.Set("mountingHeight", sensor.MountingHeight);
        return row;
    }
}
