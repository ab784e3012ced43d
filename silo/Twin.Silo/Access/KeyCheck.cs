namespace Twin.Silo.Access;

/// <summary>What the partner directory says of a key: the partner, or why not.</summary>
public sealed record KeyCheck(Partner? Partner, string? Refusal)
{
    public static KeyCheck Accepted(Partner partner) => new(partner, null);

    public static KeyCheck Refused(string reason) => new(null, reason);
}
