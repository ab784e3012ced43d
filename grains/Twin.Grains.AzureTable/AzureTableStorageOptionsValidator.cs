using System.Text.RegularExpressions;
using Azure.Data.Tables;

namespace Twin.Grains.AzureTable;

/// <summary>Checks a provider's options when the silo starts, with a message that names the provider and the setting.</summary>
internal sealed partial class AzureTableStorageOptionsValidator(AzureTableStorageOptions options, string name) : IConfigurationValidator
{
    public void ValidateConfiguration()
    {
        var prefix = $"Grain storage '{name}' (ProviderType AzureTable)";
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            throw new OrleansConfigurationException(
                $"{prefix} needs Orleans:GrainStorage:{name}:ConnectionString: the storage account's connection string from the Azure portal, or Azurite's development account.");
        }

        if (!TableName().IsMatch(options.TableName))
        {
            throw new OrleansConfigurationException(
                $"{prefix}: TableName '{options.TableName}' is not a valid Azure table name (3 to 63 letters and digits, starting with a letter).");
        }

        try
        {
            _ = new TableServiceClient(options.ConnectionString);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException)
        {
            throw new OrleansConfigurationException($"{prefix}: the ConnectionString cannot be read: {e.Message}", e);
        }
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{2,62}$")]
    private static partial Regex TableName();
}
