namespace Twin.Models.Demo;

/// <summary>
/// The land between neighbouring street lines: <see cref="Cell"/> runs to the centrelines,
/// <see cref="Inner"/> to the building lines (carriageway and verge kept clear).
/// </summary>
internal sealed record CityBlock(LocalRect Cell, LocalRect Inner, BlockStyle Style)
{
    public bool IsBuilt => Style is not (BlockStyle.Park or BlockStyle.Square);
}
