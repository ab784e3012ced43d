using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Orleans.Storage;

namespace Twin.Grains.AzureTable;

/// <summary>
/// Grain state in one Azure Table: a partition per grain and state name (<see cref="StateRowKeys"/>), the state's
/// bytes from the configured <see cref="IGrainStorageSerializer"/> in binary properties over one or more rows
/// (<see cref="StateRows"/>). The head row's ETag is the Orleans ETag; a state of several rows is written and
/// cleared in one entity group transaction, so it is replaced whole or not at all.
/// </summary>
public sealed partial class AzureTableGrainStorage(
    string name,
    AzureTableStorageOptions options,
    string serviceId,
    IGrainStorageSerializer serializer,
    ILogger<AzureTableGrainStorage> logger) : IGrainStorage, ILifecycleParticipant<ISiloLifecycle>
{
    private const int ReadAttempts = 3;

    // Made at start, after Orleans has validated the options, so a missing connection string is reported as such.
    private TableClient? _client;

    private TableClient Table => _client ?? throw new InvalidOperationException($"Azure Table storage '{name}' is used before the silo started it.");

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe($"{nameof(AzureTableGrainStorage)}-{name}", ServiceLifecycleStage.ApplicationServices, InitializeAsync);

    /// <summary>Creates the table when it is missing.</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        var service = new TableServiceClient(options.ConnectionString);
        var table = service.GetTableClient(options.TableName);
        await table.CreateIfNotExistsAsync(cancellationToken);
        _client = table;
        var endpoint = service.Uri.GetLeftPart(UriPartial.Authority);
        LogTableReady(logger, name, options.TableName, endpoint);
    }

    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var partition = StateRowKeys.PartitionKey(serviceId, stateName, grainId);
        for (var attempt = 1; attempt <= ReadAttempts; attempt++)
        {
            var rows = await ReadPartitionAsync(partition, select: null);
            if (!rows.TryGetValue(StateRowKeys.Head, out var head))
            {
                (grainState.ETag, grainState.RecordExists) = (null, false);
                return;
            }

            if (StateRows.RowCount(head) == 0)
            {
                (grainState.ETag, grainState.RecordExists) = (head.ETag.ToString(), false);
                return;
            }

            var bytes = StateRows.Join(head, rows);
            if (bytes is not null)
            {
                grainState.State = serializer.Deserialize<T>(BinaryData.FromBytes(bytes));
                (grainState.ETag, grainState.RecordExists) = (head.ETag.ToString(), true);
                return;
            }
        }

        throw new InvalidOperationException(
            $"Grain state {stateName} of {grainId} in table {options.TableName}: its rows kept changing while being read ({ReadAttempts} attempts).");
    }

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var partition = StateRowKeys.PartitionKey(serviceId, stateName, grainId);
        var rows = StateRows.Split(partition, serializer.Serialize(grainState.State).ToMemory(), NewVersion());
        var etag = await WriteRowsAsync(rows, grainState.ETag, extraDeletes: [], Conflict(nameof(WriteStateAsync), stateName, grainId, grainState.ETag));
        (grainState.ETag, grainState.RecordExists) = (etag, true);
    }

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var partition = StateRowKeys.PartitionKey(serviceId, stateName, grainId);
        var conflict = Conflict(nameof(ClearStateAsync), stateName, grainId, grainState.ETag);
        var existing = await ReadPartitionAsync(partition, select: [nameof(ITableEntity.RowKey)]);
        var others = existing.Keys.Where(k => k != StateRowKeys.Head).Select(k => new TableEntity(partition, k)).ToList();
        if (!options.DeleteStateOnClear)
        {
            var etag = await WriteRowsAsync([StateRows.EmptyHead(partition, NewVersion())], grainState.ETag, others, conflict);
            (grainState.ETag, grainState.RecordExists) = (etag, false);
            return;
        }

        if (grainState.ETag is null && existing.ContainsKey(StateRowKeys.Head))
        {
            throw conflict;
        }

        List<TableTransactionAction> actions = grainState.ETag is null
            ? []
            : [new(TableTransactionActionType.Delete, new TableEntity(partition, StateRowKeys.Head), new ETag(grainState.ETag))];
        actions.AddRange(others.Select(o => new TableTransactionAction(TableTransactionActionType.Delete, o, ETag.All)));
        await SubmitAsync(actions, conflict);
        (grainState.ETag, grainState.RecordExists) = (null, false);
    }

    /// <summary>
    /// Inserts (no ETag) or replaces (ETag must match) the head and writes the other rows with it; returns the
    /// head's new ETag. One row is one plain request; more go as one transaction with the head first.
    /// </summary>
    private async Task<string> WriteRowsAsync(List<TableEntity> rows, string? etag, List<TableEntity> extraDeletes, InconsistentStateException conflict)
    {
        var head = rows[0];
        if (rows.Count == 1 && extraDeletes.Count == 0)
        {
            try
            {
                var response = etag is null
                    ? await Table.AddEntityAsync(head)
                    : await Table.UpdateEntityAsync(head, new ETag(etag), TableUpdateMode.Replace);
                return response.Headers.ETag?.ToString() ?? throw MissingETag();
            }
            catch (RequestFailedException e) when (e.Status is 404 or 409 or 412)
            {
                throw conflict;
            }
        }

        List<TableTransactionAction> actions =
        [
            etag is null
                ? new(TableTransactionActionType.Add, head)
                : new(TableTransactionActionType.UpdateReplace, head, new ETag(etag)),
        ];
        actions.AddRange(rows.Skip(1).Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r)));
        actions.AddRange(extraDeletes.Select(r => new TableTransactionAction(TableTransactionActionType.Delete, r, ETag.All)));
        var responses = await SubmitAsync(actions, conflict);
        return responses[0].Headers.ETag?.ToString() ?? throw MissingETag();
    }

    /// <summary>Submits the actions as one transaction; a failure of the first action (the head's condition) is a conflict.</summary>
    private async Task<IReadOnlyList<Response>> SubmitAsync(List<TableTransactionAction> actions, InconsistentStateException conflict)
    {
        if (actions.Count == 0)
        {
            return [];
        }

        try
        {
            return (await Table.SubmitTransactionAsync(actions)).Value;
        }
        catch (TableTransactionFailedException e) when (e.Status is 404 or 409 or 412 && e.FailedTransactionActionIndex is null or 0)
        {
            throw conflict;
        }
    }

    private async Task<Dictionary<string, TableEntity>> ReadPartitionAsync(string partition, IEnumerable<string>? select)
    {
        var rows = new Dictionary<string, TableEntity>(StringComparer.Ordinal);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition}");
        await foreach (var entity in Table.QueryAsync<TableEntity>(filter, select: select))
        {
            rows[entity.RowKey] = entity;
        }

        return rows;
    }

    private InconsistentStateException Conflict(string operation, string stateName, GrainId grainId, string? etag) =>
        new($"Version conflict ({operation}) in Azure Table storage '{name}' (table {options.TableName}): state {stateName} of {grainId}, ETag {etag ?? "none (new record)"} does not match the stored record.");

    private static string NewVersion() => Guid.NewGuid().ToString("N");

    private InvalidOperationException MissingETag() => new($"Azure Table storage '{name}' answered a write without an ETag.");

    [LoggerMessage(Level = LogLevel.Information, Message = "Grain storage {Name} keeps state in Azure table {Table} at {Endpoint}")]
    private static partial void LogTableReady(ILogger logger, string name, string table, string endpoint);
}
