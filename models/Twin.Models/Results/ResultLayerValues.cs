using System.Collections.Immutable;
using Twin.Models.City;

namespace Twin.Models.Results;

/// <summary>
/// The values of a result layer per entity id, with the layer's description. A building layer may also carry
/// one value per facade (<see cref="FacadeValues"/>: per building id, value k for footprint edge k, the shell's
/// edges first, then each hole's; NaN for a facade without a value): the tiles then colour each LOD1 wall by
/// its facade and the roof by the building's value.
/// </summary>
[GenerateSerializer, Immutable, Alias("twin.results.result-layer-values")]
public sealed record ResultLayerValues(
    [property: Id(0)] ResultLayerInfo Info,
    [property: Id(1)] ImmutableDictionary<string, double> Values,
    [property: Id(2)] ImmutableDictionary<string, ImmutableArray<double>>? FacadeValues = null)
{
    /// <summary>
    /// A layer from values as a simulation produced them: non-finite values are left out (a feature
    /// without a value is shown as "no data", never as a made-up number); the range covers the rest.
    /// </summary>
    public static ResultLayerValues Create(string id, string name, string unit, EntityKind kind, IEnumerable<KeyValuePair<string, double>> values, bool diverging = false)
    {
        var kept = values.Where(v => double.IsFinite(v.Value)).ToImmutableDictionary();
        var min = kept.IsEmpty ? 0 : kept.Values.Min();
        var max = kept.IsEmpty ? 0 : kept.Values.Max();
        if (diverging)
        {
            var reach = Math.Max(Math.Abs(min), Math.Abs(max));
            (min, max) = (-reach, reach);
        }

        return new ResultLayerValues(new ResultLayerInfo(id, name, unit, kind, min, max, 0, diverging), kept);
    }

    /// <summary>
    /// A building layer with a value per building and per facade; the range covers both (non-finite values are
    /// no data, as in <see cref="Create"/>).
    /// </summary>
    public static ResultLayerValues CreatePerFacade(
        string id,
        string name,
        string unit,
        IEnumerable<KeyValuePair<string, double>> values,
        IEnumerable<KeyValuePair<string, ImmutableArray<double>>> facadeValues,
        bool diverging = false)
    {
        var facades = facadeValues.ToImmutableDictionary();
        var building = Create(id, name, unit, EntityKind.Building, values, diverging);
        var all = building.Values.Values.Concat(facades.Values.SelectMany(v => v).Where(double.IsFinite)).ToList();
        var min = all.Count == 0 ? 0 : all.Min();
        var max = all.Count == 0 ? 0 : all.Max();
        if (diverging)
        {
            var reach = Math.Max(Math.Abs(min), Math.Abs(max));
            (min, max) = (-reach, reach);
        }

        return building with { Info = building.Info with { Min = min, Max = max }, FacadeValues = facades };
    }
}
