namespace Twin.Silo.Access;

/// <summary>One endpoint (gRPC method "/twin.v1.X/Y" or "GET /path"), the scopes it needs ("open" for open data), and whether its calls are audited.</summary>
public sealed record AccessListEntry(string Endpoint, string[] Needs, bool Audited);
