using System.Collections.Immutable;
using Twin.Models.City;

namespace Twin.Models.Results;

/// <summary>The values of a result layer per entity id, with the layer's description.</summary>
[GenerateSerializer, Immutable, Alias("twin.results.result-layer-values")]
public sealed record ResultLayerValues(
    [property: Id(0)] ResultLayerInfo Info,
    [property: Id(1)] ImmutableDictionary<string, double> Values)
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
}
