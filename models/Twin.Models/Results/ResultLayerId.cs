namespace Twin.Models.Results;

/// <summary>Result layer ids appear in grain keys and URLs (<c>?layer=vc</c>): 1-32 lower-case letters, digits, '-' or '_'.</summary>
public static class ResultLayerId
{
    public const int MaxLength = 32;

    public static bool IsValid(string? value) =>
        value is { Length: > 0 and <= MaxLength } && value.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_');
}
