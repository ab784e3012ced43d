namespace Twin.Models.Import;

/// <summary>
/// One feature that was not imported: its position in the file (0-based feature index, or the line
/// for CityJSONSeq), its id when it has one, the reason and a message that names the field or value.
/// </summary>
[GenerateSerializer, Immutable, Alias("twin.import.rejection")]
public sealed record ImportRejection(
    [property: Id(0)] int FeatureIndex,
    [property: Id(1)] string? FeatureId,
    [property: Id(2)] RejectionReason Reason,
    [property: Id(3)] string Message)
{
    public override string ToString() =>
        $"feature {FeatureIndex}{(FeatureId is null ? string.Empty : $" ({FeatureId})")}: {Reason}: {Message}";
}
