namespace Twin.Models.Demo;

/// <summary>An axis-aligned rectangle in the district's frame.</summary>
internal readonly record struct LocalRect(double MinU, double MinV, double MaxU, double MaxV)
{
    public double Width => MaxU - MinU;

    public double Height => MaxV - MinV;

    public double Area => Math.Max(0, Width) * Math.Max(0, Height);

    public LocalPoint Centre => new((MinU + MaxU) / 2, (MinV + MaxV) / 2);

    public LocalRect Inset(double west, double south, double east, double north) =>
        new(MinU + west, MinV + south, MaxU - east, MaxV - north);

    public LocalRect Inset(double all) => Inset(all, all, all, all);

    /// <summary>The same rectangle with U and V swapped (a reflection in the diagonal).</summary>
    public LocalRect Transposed => new(MinV, MinU, MaxV, MaxU);
}
