namespace Twin.Models.Traffic;

/// <summary>One line of a TNTP <c>_flow</c> file: a link by its end node ids, its flow and its cost.</summary>
public sealed record TntpFlow(string From, string To, double Volume, double Cost);
