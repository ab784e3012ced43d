namespace Twin.Models.Daylight;

/// <summary>A facade point asking for its horizon: local position, height NAP, outward normal, the search reach and the bins.</summary>
internal readonly record struct HorizonQuery(double X, double Y, double Z, double NormalX, double NormalY, double MaxDistance, AzimuthBins Bins);
