namespace Twin.Models.City;

/// <summary>A quantity a sensor may be registered to send, with its unit and the range of plausible values.</summary>
public sealed record SensorQuantity(string Name, string Unit, double Minimum, double Maximum, string Description);
