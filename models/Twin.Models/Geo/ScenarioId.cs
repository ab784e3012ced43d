namespace Twin.Models.Geo;

/// <summary>Scenario ids appear in grain keys and URLs: 1-64 lower-case letters, digits, '-' or '_'.</summary>
public static class ScenarioId
{
    public const int MaxLength = 64;

    public static bool IsValid(string? value) =>
        value is { Length: > 0 and <= MaxLength } && value.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_');
}
