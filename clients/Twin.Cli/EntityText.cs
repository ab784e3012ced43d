using Google.Protobuf;
using Google.Protobuf.Reflection;
using Twin.Api.V1;

namespace Twin.Cli;

/// <summary>Short descriptions of entities for tables.</summary>
public static class EntityText
{
    public static IMessage Message(Entity entity) => entity.EntityCase switch
    {
        Entity.EntityOneofCase.Building => entity.Building,
        Entity.EntityOneofCase.StreetSegment => entity.StreetSegment,
        Entity.EntityOneofCase.Sensor => entity.Sensor,
        Entity.EntityOneofCase.Tree => entity.Tree,
        Entity.EntityOneofCase.UtilityLine => entity.UtilityLine,
        _ => throw new ArgumentException("empty entity", nameof(entity)),
    };

    public static EntityKind Kind(Entity entity) => (EntityKind)(int)entity.EntityCase;

    public static string Id(Entity entity) => (string)Message(entity).Descriptor.FindFieldByName("id").Accessor.GetValue(Message(entity));

    public static string Describe(Entity entity) => entity.EntityCase switch
    {
        Entity.EntityOneofCase.Building => Formats.Invariant(
            $"{Enum(entity.Building.Use)}, {entity.Building.RoofHeight - entity.Building.GroundLevel:0.#} m, {entity.Building.Storeys} storeys, {entity.Building.Dwellings} dwellings"),
        Entity.EntityOneofCase.StreetSegment => Formats.Invariant(
            $"{entity.StreetSegment.StreetName}, {Enum(entity.StreetSegment.RoadClass)}, {entity.StreetSegment.SpeedLimit:0} km/h{(entity.StreetSegment.OneWay ? ", one-way" : string.Empty)}"),
        Entity.EntityOneofCase.Sensor => $"{entity.Sensor.Name}, {Enum(entity.Sensor.Kind)}, {string.Join("/", entity.Sensor.Register.Quantities)}",
        Entity.EntityOneofCase.Tree => Formats.Invariant(
            $"{entity.Tree.Species}, {entity.Tree.Height:0.#} m{(entity.Tree.Protection != TreeProtection.None ? ", " + Enum(entity.Tree.Protection) : string.Empty)}"),
        Entity.EntityOneofCase.UtilityLine => Formats.Invariant(
            $"{Enum(entity.UtilityLine.Kind)}, {entity.UtilityLine.Diameter:0} mm at {entity.UtilityLine.DepthOfTop:0.0#} m, {entity.UtilityLine.Owner}"),
        _ => string.Empty,
    };

    /// <summary>Every attribute of an entity as name and text; geometry summarised by its point count.</summary>
    public static IEnumerable<(string Name, string Value)> Attributes(Entity entity)
    {
        var message = Message(entity);
        yield return ("kind", KindNames.Name(Kind(entity)));
        foreach (var field in message.Descriptor.Fields.InFieldNumberOrder())
        {
            var value = field.Accessor.GetValue(message);
            yield return (field.JsonName, Text(field, value));
        }
    }

    /// <summary>An enum value's name without its type prefix, in lower case: RoadClass.Residential -> residential.</summary>
    public static string Enum<TEnum>(TEnum value)
        where TEnum : struct, System.Enum =>
        string.Concat(value.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    private static string Text(FieldDescriptor field, object? value) => value switch
    {
        null => string.Empty,
        Point p => Formats.Invariant($"{p.X:0.######} {p.Y:0.######}"),
        LineString l => Formats.Invariant($"line of {l.Points.Count} points, from {l.Points.FirstOrDefault()?.X:0.###} {l.Points.FirstOrDefault()?.Y:0.###}"),
        Polygon p => Formats.Invariant($"polygon of {p.Shell?.Points.Count ?? 0} points{(p.Holes.Count > 0 ? $", {p.Holes.Count} holes" : string.Empty)}"),
        IMessage m when field.FieldType == FieldType.Message => JsonFormatter.Default.Format(m),
        System.Collections.IEnumerable list and not string => string.Join(", ", list.Cast<object>()),
        double d => d.ToString("0.###", Formats.Culture),
        _ => Convert.ToString(value, Formats.Culture) ?? string.Empty,
    };
}
