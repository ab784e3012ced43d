using Twin.Models.Sensors;

namespace Twin.Silo.Sensors;

/// <summary>A rejected reading of a mixed batch: its index in the batch, its sensor, why.</summary>
public sealed record BatchRejection(int Index, string SensorId, ReadingRejectionReason Reason, string Message);
