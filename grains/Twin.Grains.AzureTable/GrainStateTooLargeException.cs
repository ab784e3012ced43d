namespace Twin.Grains.AzureTable;

/// <summary>A grain state larger than Azure Table storage can replace in one atomic write.</summary>
public sealed class GrainStateTooLargeException(int stateBytes, int limitBytes)
    : InvalidOperationException(
        $"The grain state is {stateBytes:N0} bytes serialized; Azure Table storage keeps at most {limitBytes:N0} bytes per grain state " +
        "(one entity group transaction is at most 4 MiB as sent, binary data travels base64-encoded). Split the state into smaller records.")
{
    public int StateBytes { get; } = stateBytes;

    public int LimitBytes { get; } = limitBytes;
}
