namespace Twin.Grains.AzureTable;

/// <summary>
/// Where one grain storage provider keeps its state in Azure Table storage, bound from
/// <c>Orleans:GrainStorage:&lt;name&gt;</c> in orleans.json (<c>ProviderType</c> "AzureTable").
/// </summary>
public sealed record AzureTableStorageOptions
{
    public const string DefaultTableName = "TwinGrainState";

    /// <summary>
    /// An Azure Storage connection string: the one from the portal, or
    /// <c>DefaultEndpointsProtocol=https;AccountName=...;AccountKey=...;TableEndpoint=https://&lt;account&gt;.table.core.windows.net</c>,
    /// or Azurite's development account.
    /// </summary>
    public string ConnectionString { get; set; } = "";

    /// <summary>The table of this provider, created at start when missing: 3 to 63 letters and digits, starting with a letter.</summary>
    public string TableName { get; set; } = DefaultTableName;

    /// <summary>
    /// True (the default): clearing a state deletes its rows. False: it leaves an empty record that keeps the
    /// ETag chain going, as Orleans' own providers do when asked to.
    /// </summary>
    public bool DeleteStateOnClear { get; set; } = true;
}
