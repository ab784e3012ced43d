namespace Twin.Models.Tiles;

/// <summary>A feature the writer repaired (still in the tile) or skipped (left out), and why.</summary>
public sealed record TileIssue(string EntityId, string Reason, bool Skipped);
