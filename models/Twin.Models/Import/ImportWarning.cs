namespace Twin.Models.Import;

/// <summary>
/// Something of an imported feature that was left out while the feature itself was imported (for example a
/// LOD2 face that cannot be triangulated): its position in the file, its id and what was left out and why.
/// </summary>
[GenerateSerializer, Immutable, Alias("twin.import.warning")]
public sealed record ImportWarning(
    [property: Id(0)] int FeatureIndex,
    [property: Id(1)] string? FeatureId,
    [property: Id(2)] string Message)
{
    public override string ToString() =>
        $"feature {FeatureIndex}{(FeatureId is null ? string.Empty : $" ({FeatureId})")}: {Message}";
}
