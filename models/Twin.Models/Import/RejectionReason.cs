namespace Twin.Models.Import;

/// <summary>Why a feature of an imported file did not become an entity.</summary>
public enum RejectionReason
{
    /// <summary>The geometry is missing, of the wrong type, degenerate or self-intersecting.</summary>
    InvalidGeometry = 1,

    /// <summary>A building without ground level or roof height, and no 3D geometry to take them from.</summary>
    MissingHeight = 2,

    /// <summary>The coordinate reference system is not one the twin can convert (RD New, WGS84).</summary>
    UnknownCrs = 3,

    /// <summary>An earlier feature of the same file has the same id.</summary>
    DuplicateId = 4,

    /// <summary>A required attribute is missing.</summary>
    MissingAttribute = 5,

    /// <summary>An attribute has a value the twin does not accept (out of range, unknown code).</summary>
    InvalidAttribute = 6,

    /// <summary>A kind of feature the twin does not model (for example CityJSON Road surfaces or WaterBody).</summary>
    UnsupportedType = 7,

    /// <summary>The feature lies outside the RD New domain.</summary>
    OutsideDomain = 8,

    /// <summary>The feature itself cannot be read: a CityJSONSeq line that is not valid JSON, a GeoJSON feature that is not a Feature object.</summary>
    MalformedFeature = 9,
}
