using System.Diagnostics.CodeAnalysis;

namespace Twin.Models.Import;

/// <summary>A step of turning a feature into an entity: its value, or the reason and message to reject the feature with.</summary>
internal readonly record struct FeatureOutcome<T>(T? Value, RejectionReason Reason, string? Message)
    where T : class
{
    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Message))]
    public bool IsOk => Value is not null;

    public static FeatureOutcome<T> Ok(T value) => new(value, default, null);

    public static FeatureOutcome<T> Fail(RejectionReason reason, string message) => new(null, reason, message);

    /// <summary>The same rejection for a later step that produces another type.</summary>
    public FeatureOutcome<TOther> Cast<TOther>()
        where TOther : class => new(null, Reason, Message);
}
