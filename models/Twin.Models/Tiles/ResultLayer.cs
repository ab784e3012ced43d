using System.Collections.Immutable;
using Twin.Models.City;

namespace Twin.Models.Tiles;

/// <summary>
/// A simulation result shown on the tiles: one value per entity (by id) of one kind, a unit and a colour ramp.
/// Features of <see cref="Kind"/> get vertex colours from the ramp and the value as a FLOAT64 property named
/// <see cref="PropertyName"/> (the id); features without a value are grey and hold <see cref="NoData"/>. Trees are instanced and
/// cannot carry per-instance vertex colours, so for trees the property is there for the viewer to style on.
/// A building layer with <see cref="FacadeValues"/> colours each LOD1 wall by the value of its footprint edge
/// (value k for edge k, the shell's edges first, then each hole's); roofs and floors keep the building's colour.
/// LOD2 surfaces are not tied to footprint edges and keep the building's colour.
/// </summary>
public sealed record ResultLayer(
    string Id,
    string Name,
    string Unit,
    EntityKind Kind,
    IReadOnlyDictionary<string, double> Values,
    ColorRamp Ramp,
    IReadOnlyDictionary<string, ImmutableArray<double>>? FacadeValues = null)
{
    /// <summary>The property value of features without a result.</summary>
    public const double NoData = -9999;

    /// <summary>
    /// The metadata property name: <see cref="Id"/> with every character outside [A-Za-z0-9_] replaced by '_'
    /// (and a leading '_' before a digit), as EXT_structural_metadata requires of identifiers.
    /// </summary>
    public string PropertyName
    {
        get
        {
            var name = new string(Id.Select(c => char.IsAsciiLetterOrDigit(c) || c == '_' ? c : '_').ToArray());
            return name.Length == 0 || char.IsAsciiDigit(name[0]) ? "_" + name : name;
        }
    }
}
