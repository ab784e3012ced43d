namespace Twin.Silo.Access;

/// <summary>One line of the audit log: who called which write method on what, when, and how it ended.</summary>
public sealed record AuditEntry(
    DateTimeOffset Time,
    string Partner,
    string Key,
    string Method,
    IReadOnlyList<string> Entities,
    string Outcome,
    int HttpStatus,
    string? Remote,
    double DurationMs);
