namespace Twin.Models.Demo;

/// <summary>
/// Divides a block into lots: a strip of lots along each of the long sides, shorter strips at the
/// ends, and sometimes a large lot in the courtyard (a school, a sports hall). Lots never overlap, so
/// neither do the buildings on them.
/// </summary>
internal sealed class BlockPlanner(Random random)
{
    private const double CourtyardGap = 6;
    private const double MinimumStripDepth = 14;
    private const double CourtyardMinimumWidth = 34;
    private const double CourtyardMinimumHeight = 24;
    private const double CourtyardShare = 0.3;

    public IReadOnlyList<Lot> Lots(CityBlock block)
    {
        var wide = block.Inner.Width >= block.Inner.Height;
        var area = wide ? block.Inner : block.Inner.Transposed;
        var lots = LotsInWideArea(area, LotShape.Of(block.Style));
        return wide ? lots : [.. lots.Select(l => l.Transposed)];
    }

    private List<Lot> LotsInWideArea(LocalRect area, LotShape shape)
    {
        var lots = new List<Lot>();
        var depth = random.Between(shape.MinDepth, shape.MaxDepth);
        if (area.Height >= (2 * depth) + CourtyardGap)
        {
            AddStrip(lots, area with { MinV = area.MaxV - depth }, Facing.North, shape);
            AddStrip(lots, area with { MaxV = area.MinV + depth }, Facing.South, shape);
            var middle = area.Inset(0, depth, 0, depth);
            AddStrip(lots, middle with { MaxU = middle.MinU + depth }, Facing.West, shape);
            AddStrip(lots, middle with { MinU = middle.MaxU - depth }, Facing.East, shape);
            AddCourtyard(lots, area.Inset(depth + CourtyardGap));
        }
        else if (area.Height >= 2 * MinimumStripDepth)
        {
            var half = (area.MinV + area.MaxV) / 2;
            AddStrip(lots, area with { MinV = half }, Facing.North, shape);
            AddStrip(lots, area with { MaxV = half }, Facing.South, shape);
        }
        else
        {
            AddStrip(lots, area, Facing.North, shape);
        }

        return lots;
    }

    /// <summary>Cuts a strip into lots along its street, each between the shape's minimum and maximum frontage.</summary>
    private void AddStrip(List<Lot> lots, LocalRect strip, Facing facing, LotShape shape)
    {
        var alongU = facing is Facing.North or Facing.South;
        var (start, end) = alongU ? (strip.MinU, strip.MaxU) : (strip.MinV, strip.MaxV);
        if (end - start < shape.MinFrontage || strip.Area <= 0)
        {
            return;
        }

        var position = start;
        while (end - position >= shape.MinFrontage)
        {
            var frontage = random.Between(shape.MinFrontage, shape.MaxFrontage);
            var next = end - (position + frontage) < shape.MinFrontage ? end : position + frontage;
            var area = alongU ? strip with { MinU = position, MaxU = next } : strip with { MinV = position, MaxV = next };
            lots.Add(new Lot(area, facing));
            position = next;
        }
    }

    private void AddCourtyard(List<Lot> lots, LocalRect courtyard)
    {
        if (courtyard.Width >= CourtyardMinimumWidth && courtyard.Height >= CourtyardMinimumHeight && random.Chance(CourtyardShare))
        {
            lots.Add(new Lot(courtyard, Facing.North, IsCourtyard: true));
        }
    }
}
