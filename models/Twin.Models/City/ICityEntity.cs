using Twin.Models.Geo;

namespace Twin.Models.City;

/// <summary>What every entity of the twin has: an id, a kind, a place.</summary>
public interface ICityEntity
{
    string Id { get; }

    EntityKind Kind { get; }

    /// <summary>The box that holds the entity's geometry, in RD New.</summary>
    RdEnvelope Envelope { get; }

    /// <summary>The one point that decides which tile holds the entity.</summary>
    RdPoint Anchor { get; }
}
