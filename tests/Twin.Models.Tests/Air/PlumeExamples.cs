using System.Globalization;
using Twin.Models.Air;
using Twin.Testing;

namespace Twin.Models.Tests.Air;

/// <summary>The reference cases in ../shared/data/air/gaussian_plume_example.csv (De Visscher 2014, Example 2.1).</summary>
internal static class PlumeExamples
{
    public const string Path = "air/gaussian_plume_example.csv";

    private const string Header = "case,Q_g_per_s,u_m_per_s,H_eff_m,stability,sigma_scheme,x_m,y_m,z_m,sigma_y_m,sigma_z_m,C_ug_per_m3,tolerance,source";

    public static IReadOnlyList<PlumeCase> Cases()
    {
        var lines = File.ReadAllLines(SharedData.File(Path)).Where(l => l.Length > 0 && !l.StartsWith('#')).ToArray();
        Assert.Equal(Header, lines[0]);
        return [.. lines.Skip(1).Select(line =>
        {
            var c = line.Split(',');
            return new PlumeCase(
                c[0],
                Number(c[1]),
                Number(c[2]),
                Number(c[3]),
                Enum.Parse<StabilityClass>(c[4]),
                Terrain(c[5]),
                new PlumePoint(Number(c[6]), Number(c[7]), Number(c[8])),
                new PlumeSpread(Number(c[9]), Number(c[10])),
                Number(c[11]),
                Number(c[12]));
        })];
    }

    private static DispersionTerrain Terrain(string scheme) => scheme switch
    {
        "Briggs1973_rural" => DispersionTerrain.Rural,
        "Briggs1973_urban" => DispersionTerrain.Urban,
        _ => throw new InvalidDataException("unknown sigma scheme " + scheme),
    };

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);
}
