using System.Collections.Immutable;

namespace Twin.Models.City;

/// <summary>
/// A sensor's entry in the municipality's public sensor register: who owns it and why it measures,
/// which quantities it may send (nothing else is accepted), the legal basis and DPIA, how long raw
/// readings are kept, when it runs, whether it is public and its status.
/// </summary>
[GenerateSerializer, Immutable, Alias("twin.city.sensor-register-entry")]
public sealed record SensorRegisterEntry(
    [property: Id(0)] string Owner,
    [property: Id(1)] string Purpose,
    [property: Id(2)] ImmutableArray<string> Quantities,
    [property: Id(3)] string LegalBasis,
    [property: Id(4)] string DpiaReference,
    [property: Id(5)] int RetentionDays,
    [property: Id(6)] DateOnly StartDate,
    [property: Id(7)] DateOnly? EndDate,
    [property: Id(8)] bool IsPublic,
    [property: Id(9)] SensorStatus Status)
{
    public bool MaySend(string quantity) => Quantities.Contains(quantity, StringComparer.Ordinal);

    /// <summary>Whether the sensor may send data on a day: active and within its start and end dates.</summary>
    public bool IsActiveOn(DateOnly day) =>
        Status == SensorStatus.Active && day >= StartDate && (EndDate is null || day <= EndDate);

    public bool Equals(SensorRegisterEntry? other) =>
        other is not null
        && Owner == other.Owner
        && Purpose == other.Purpose
        && Quantities.AsSpan().SequenceEqual(other.Quantities.AsSpan())
        && LegalBasis == other.LegalBasis
        && DpiaReference == other.DpiaReference
        && RetentionDays == other.RetentionDays
        && StartDate == other.StartDate
        && EndDate == other.EndDate
        && IsPublic == other.IsPublic
        && Status == other.Status;

    public override int GetHashCode() => HashCode.Combine(Owner, Purpose, Quantities.Length, DpiaReference, RetentionDays, StartDate, Status);
}
