using System.Globalization;
using Twin.Testing;

namespace Twin.Models.Tests.Air;

/// <summary>The SRM1 reference situation in ../shared/data/air/srm1_reference_values.csv (Regeling beoordeling luchtkwaliteit 2007, Bijlage 4).</summary>
internal static class Srm1ReferenceValues
{
    public const string Path = "air/srm1_reference_values.csv";

    public static IReadOnlyDictionary<string, string> Read()
    {
        var lines = File.ReadAllLines(SharedData.File(Path)).Where(l => l.Length > 0 && !l.StartsWith('#')).ToArray();
        Assert.Equal("quantity,value,unit", lines[0]);
        return lines.Skip(1).Select(l => l.Split(',')).ToDictionary(c => c[0], c => c[1], StringComparer.Ordinal);
    }

    public static double Number(this IReadOnlyDictionary<string, string> values, string key) =>
        double.Parse(values[key], CultureInfo.InvariantCulture);
}
