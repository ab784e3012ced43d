namespace Twin.Models.Demo;

/// <summary>How deep and how wide the lots of a block style are, metres.</summary>
internal sealed record LotShape(double MinDepth, double MaxDepth, double MinFrontage, double MaxFrontage)
{
    public static LotShape Of(BlockStyle style) => style switch
    {
        BlockStyle.StationOffices => new(24, 30, 25, 48),
        BlockStyle.CentreShops => new(16, 22, 9, 16),
        BlockStyle.Villas => new(32, 42, 16, 26),
        BlockStyle.Rows => new(24, 30, 22, 42),
        BlockStyle.Apartments => new(20, 26, 28, 55),
        _ => new(20, 30, 20, 40),
    };
}
