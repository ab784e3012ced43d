using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Twin.Models.Solar;

namespace Twin.Cli.Commands;

/// <summary>
/// <c>twin sun position</c>: the Sun's topocentric zenith and azimuth (NREL SPA) at one place and
/// instant, computed locally (no server), printed as JSON.
/// </summary>
public static class SunCommand
{
    /// <summary>ISO 8601 with an explicit offset or Z: a time without one is ambiguous by an hour or two.</summary>
    private static readonly string[] OffsetFormats = ["yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd'T'HH:mmzzz"];
    private static readonly string[] UtcFormats = ["yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", "yyyy-MM-dd'T'HH:mm'Z'"];

    /// <summary>The option that sets each field the model names in its problems.</summary>
    private static readonly Dictionary<string, string> OptionOfField = new(StringComparer.Ordinal)
    {
        ["latitude"] = "--lat",
        ["longitude"] = "--lon",
        ["elevation"] = "--elevation",
        ["pressure"] = "--pressure",
        ["temperature"] = "--temperature",
        ["delta-t"] = "--delta-t",
    };

    public static Command Create(Func<Func<CliContext, ParseResult, CancellationToken, Task<int>>, Func<ParseResult, CancellationToken, Task<int>>> run)
    {
        var latitude = new Option<double>("--lat") { Description = "Latitude, degrees north (WGS84)", Required = true };
        var longitude = new Option<double>("--lon") { Description = "Longitude, degrees east (WGS84)", Required = true };
        var time = new Option<string>("--time") { Description = "The instant, ISO 8601 with its offset: 2026-03-21T12:00:00+01:00 or ...Z", Required = true };
        var elevation = new Option<double>("--elevation") { Description = "Height of the place above sea level, metres" };
        var pressure = new Option<double>("--pressure") { Description = "Annual mean air pressure, mbar", DefaultValueFactory = _ => SolarSite.DefaultPressure };
        var temperature = new Option<double>("--temperature") { Description = "Annual mean temperature, °C", DefaultValueFactory = _ => SolarSite.DefaultTemperature };
        var deltaT = new Option<double>("--delta-t") { Description = "ΔT = TT - UT1, seconds", DefaultValueFactory = _ => SolarInput.DefaultDeltaT };
        var position = new Command("position", "Print the Sun's topocentric zenith, azimuth (from north, eastward) and elevation, degrees, as JSON")
        {
            latitude, longitude, time, elevation, pressure, temperature, deltaT,
        };
        position.SetAction(run((context, result, _) =>
        {
            var input = new SolarInput(ParseTime(result.GetValue(time)!), result.GetValue(latitude), result.GetValue(longitude))
            {
                Elevation = result.GetValue(elevation),
                Pressure = result.GetValue(pressure),
                Temperature = result.GetValue(temperature),
                DeltaT = result.GetValue(deltaT),
            };
            if (input.Validate() is { Length: > 0 } problems)
            {
                throw new UsageException(string.Join("; ", problems.Select(p => $"{OptionOfField.GetValueOrDefault(p.Field, p.Field)}: {p.Message}")));
            }

            context.Console.Profile.Out.Writer.WriteLine(Json(input, SolarPosition.Compute(input)));
            return Task.FromResult(ExitCodes.Success);
        }));
        return new Command("sun", "Sun position, computed locally") { position };
    }

    private static DateTimeOffset ParseTime(string text)
    {
        if (DateTimeOffset.TryParseExact(text, OffsetFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
            || DateTimeOffset.TryParseExact(text, UtcFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out instant))
        {
            return instant;
        }

        throw new UsageException($"--time: '{text}' is not an ISO 8601 time with an offset (for example 2026-03-21T12:00:00+01:00 or 2026-03-21T11:00:00Z)");
    }

    private static string Json(SolarInput input, SunPosition sun)
    {
        using var buffer = new MemoryStream();
        // Relaxed escaping keeps the '+' of an offset readable; the text goes to a terminal or a file, never into HTML.
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("zenith", sun.TopocentricZenith);
            json.WriteNumber("azimuth", sun.TopocentricAzimuth);
            json.WriteNumber("elevation", sun.Elevation);
            json.WriteNumber("declination", sun.TopocentricDeclination);
            json.WriteNumber("hourAngle", sun.TopocentricHourAngle);
            json.WriteNumber("equationOfTime", sun.EquationOfTimeMinutes);
            json.WriteStartObject("input");
            json.WriteString("time", input.Instant.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture));
            json.WriteString("utc", input.Instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture));
            json.WriteNumber("lat", input.Latitude);
            json.WriteNumber("lon", input.Longitude);
            json.WriteNumber("elevation", input.Elevation);
            json.WriteNumber("pressure", input.Pressure);
            json.WriteNumber("temperature", input.Temperature);
            json.WriteNumber("deltaT", input.DeltaT);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
