namespace Twin.Silo.Access;

/// <summary>Marks a write call (gRPC method or HTTP endpoint): every call to it, allowed or refused, gets a line in the audit log.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class AuditedAttribute : Attribute;
