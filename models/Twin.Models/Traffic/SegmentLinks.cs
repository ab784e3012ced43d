namespace Twin.Models.Traffic;

/// <summary>The links a street segment became: along its centreline and against it (-1 when one-way).</summary>
public readonly record struct SegmentLinks(int Forward, int Backward);
