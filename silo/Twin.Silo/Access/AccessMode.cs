namespace Twin.Silo.Access;

/// <summary>Whether partners need a key: <see cref="Open"/> for the demo on a laptop, <see cref="Keys"/> in production.</summary>
public enum AccessMode
{
    /// <summary>Every caller may do everything (the demo); a key that is sent is still checked and names the partner.</summary>
    Open,

    /// <summary>Every endpoint outside the open data needs a partner's API key with the endpoint's scope.</summary>
    Keys,
}
