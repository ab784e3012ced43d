namespace Twin.Silo.Access;

/// <summary>
/// What a partner's key allows. Each is also the name of the authorization policy that endpoints
/// require; <see cref="Admin"/> includes the other three.
/// </summary>
public static class Scopes
{
    /// <summary>Read the city, scenarios, tiles and sensors.</summary>
    public const string Read = "read";

    /// <summary>Create, edit and run planning scenarios.</summary>
    public const string Plan = "plan";

    /// <summary>Send sensor readings.</summary>
    public const string Ingest = "ingest";

    /// <summary>Import city data, keep the sensor register, calibrate sensors, read the metrics.</summary>
    public const string Admin = "admin";

    /// <summary>The claim type that carries a scope on a partner's principal.</summary>
    public const string ClaimType = "twin:scope";

    public static IReadOnlyList<string> All { get; } = [Read, Plan, Ingest, Admin];

    public static bool IsKnown(string scope) => All.Contains(scope, StringComparer.Ordinal);
}
