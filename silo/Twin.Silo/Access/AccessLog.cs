namespace Twin.Silo.Access;

/// <summary>Log messages of partner access, generated at compile time.</summary>
public static partial class AccessLog
{
    [LoggerMessage(EventId = 200, Level = LogLevel.Warning, Message = "Twin:Access:Mode is Open: every caller may read, plan, ingest and administer without a key. Use Mode Keys in production.")]
    public static partial void OpenMode(ILogger logger);

    [LoggerMessage(EventId = 201, Level = LogLevel.Information, Message = "Partner access with keys: {Partners} partners, {Keys} keys (key file: {KeyFile})")]
    public static partial void KeysMode(ILogger logger, int partners, int keys, string keyFile);

    [LoggerMessage(EventId = 202, Level = LogLevel.Information, Message = "Partner keys reloaded: {Partners} partners, {Keys} keys")]
    public static partial void KeysReloaded(ILogger logger, int partners, int keys);

    [LoggerMessage(EventId = 203, Level = LogLevel.Error, Message = "Partner keys not reloaded, the previous keys stay in force: {Problems}")]
    public static partial void KeysNotReloaded(ILogger logger, string problems);

    [LoggerMessage(EventId = 204, Level = LogLevel.Information, Message = "Audit: {Partner} {Method} {Entities} -> {Outcome}")]
    public static partial void Audit(ILogger logger, string partner, string method, string entities, string outcome);

    [LoggerMessage(EventId = 205, Level = LogLevel.Debug, Message = "Refused {Path}: {Status} {Reason}")]
    public static partial void Refused(ILogger logger, string path, int status, string reason);

    [LoggerMessage(EventId = 206, Level = LogLevel.Information, Message = "TLS on {Ports} with certificate {Subject} (valid until {NotAfter:u})")]
    public static partial void Tls(ILogger logger, TlsPorts ports, string subject, DateTime notAfter);

    [LoggerMessage(EventId = 207, Level = LogLevel.Error, Message = "The audit log {Path} could not be written")]
    public static partial void AuditWriteFailed(ILogger logger, string path, Exception exception);
}
