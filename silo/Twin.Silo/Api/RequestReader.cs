using Grpc.Core;
using Twin.Api.V1;
using Twin.Models.City;
using Twin.Models.Geo;

namespace Twin.Silo.Api;

/// <summary>Turns request fields into model values, or an InvalidArgument status that names the field.</summary>
public static class RequestReader
{
    public static Twin.Models.City.EntityKind Kind(Twin.Api.V1.EntityKind kind, string field) =>
        kind is > Twin.Api.V1.EntityKind.Unspecified and <= Twin.Api.V1.EntityKind.UtilityLine
            ? (Twin.Models.City.EntityKind)kind
            : throw Invalid($"{field} must name an entity kind (building, street segment, sensor, tree, utility line); got {kind}");

    public static EntityKinds Kinds(IEnumerable<Twin.Api.V1.EntityKind> kinds, string field)
    {
        var set = EntityKinds.None;
        foreach (var kind in kinds)
        {
            set |= Kind(kind, field).ToSet();
        }

        return set == EntityKinds.None ? EntityKinds.All : set;
    }

    public static string Id(string id, string field)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            throw Invalid($"{field} is empty");
        }

        return id.Length <= CityValidation.MaxIdLength ? id : throw Invalid($"{field} is {id.Length} characters; the limit is {CityValidation.MaxIdLength}");
    }

    /// <summary>A box in RD New, from a box in RD New or WGS84.</summary>
    public static RdEnvelope Box(BoundingBox? box, string field)
    {
        if (box is null)
        {
            throw Invalid($"{field} is missing");
        }

        double[] values = [box.MinX, box.MinY, box.MaxX, box.MaxY];
        if (values.Any(v => !double.IsFinite(v)) || box.MinX > box.MaxX || box.MinY > box.MaxY)
        {
            throw Invalid($"{field} must have finite min_x <= max_x and min_y <= max_y");
        }

        if (box.Crs != Crs.Wgs84)
        {
            return new RdEnvelope(box.MinX, box.MinY, box.MaxX, box.MaxY);
        }

        if (box.MinY < -90 || box.MaxY > 90 || box.MinX < -180 || box.MaxX > 180)
        {
            throw Invalid($"{field} is WGS84 but lies outside longitude -180..180, latitude -90..90 (x is longitude, y is latitude)");
        }

        return RdEnvelope.Of(
        [
            RdNew.FromWgs84(new GeoPoint(box.MinY, box.MinX)), RdNew.FromWgs84(new GeoPoint(box.MinY, box.MaxX)),
            RdNew.FromWgs84(new GeoPoint(box.MaxY, box.MinX)), RdNew.FromWgs84(new GeoPoint(box.MaxY, box.MaxX)),
        ]);
    }

    public static RpcException Invalid(string message) => new(new Status(StatusCode.InvalidArgument, message));
}
