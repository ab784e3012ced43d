namespace Twin.Models.Traffic;

/// <summary>An origin-destination pair and how many of its trips use the selected link.</summary>
public readonly record struct SelectedPair(int Origin, int Destination, double Trips);
