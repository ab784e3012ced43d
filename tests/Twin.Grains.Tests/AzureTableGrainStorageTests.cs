using Orleans.Storage;

namespace Twin.Grains.Tests;

/// <summary>The IGrainStorage contract of the Azure Table provider against a real Azurite: reads, ETags, inserts, clears.</summary>
public sealed class AzureTableGrainStorageTests
{
    private const string StateName = "state";

    [Fact]
    public async Task WriteStateAsync_SmallState_ReadsBackWithTheSameETag()
    {
        await using var azurite = await AzuriteGrainStorage.StartAsync();
        var id = GrainId.Create("test", "small");
        var written = new GrainState<string>("Stationsplein 1, Hilversum");

        await azurite.Storage.WriteStateAsync(StateName, id, written);
        var read = new GrainState<string>("");
        await azurite.Storage.ReadStateAsync(StateName, id, read);

        Assert.Equal(("Stationsplein 1, Hilversum", true), (read.State, read.RecordExists));
        Assert.NotNull(written.ETag);
        Assert.Equal(written.ETag, read.ETag);
    }

    [Fact]
    public async Task ReadStateAsync_MissingRecord_RecordExistsFalseAndStateLeftAsGiven()
    {
        await using var azurite = await AzuriteGrainStorage.StartAsync();
        var state = new GrainState<string>("as given") { ETag = "stale" };

        await azurite.Storage.ReadStateAsync(StateName, GrainId.Create("test", "never-written"), state);

        Assert.Equal(("as given", false, (string?)null), (state.State, state.RecordExists, state.ETag));
    }

    [Fact]
    public async Task WriteStateAsync_StaleETag_ThrowsInconsistentStateAndKeepsTheNewerState()
    {
        await using var azurite = await AzuriteGrainStorage.StartAsync();
        var id = GrainId.Create("test", "stale");
        var first = new GrainState<string>("one");
        await azurite.Storage.WriteStateAsync(StateName, id, first);
        var stale = new GrainState<string>("two") { ETag = first.ETag };
        await azurite.Storage.WriteStateAsync(StateName, id, first);

        await Assert.ThrowsAsync<InconsistentStateException>(() => azurite.Storage.WriteStateAsync(StateName, id, stale));
        var read = new GrainState<string>("");
        await azurite.Storage.ReadStateAsync(StateName, id, read);
        Assert.Equal(("one", first.ETag), (read.State, read.ETag));
    }

    [Fact]
    public async Task WriteStateAsync_NoETagButRecordExists_ThrowsInconsistentState()
    {
        await using var azurite = await AzuriteGrainStorage.StartAsync();
        var id = GrainId.Create("test", "insert");
        await azurite.Storage.WriteStateAsync(StateName, id, new GrainState<string>("first"));

        await Assert.ThrowsAsync<InconsistentStateException>(() => azurite.Storage.WriteStateAsync(StateName, id, new GrainState<string>("second")));
    }

    [Fact]
    public async Task WriteStateAsync_ETagOfDeletedRecord_ThrowsInconsistentState()
    {
        await using var azurite = await AzuriteGrainStorage.StartAsync();
        var id = GrainId.Create("test", "deleted");
        var state = new GrainState<string>("kept");
        await azurite.Storage.WriteStateAsync(StateName, id, state);
        var etag = state.ETag;
        await azurite.Storage.ClearStateAsync(StateName, id, state);

        await Assert.ThrowsAsync<InconsistentStateException>(() => azurite.Storage.WriteStateAsync(StateName, id, new GrainState<string>("again") { ETag = etag }));
    }

    [Fact]
    public async Task ClearStateAsync_ThenRead_RecordGoneAndWritableAsNew()
    {
        await using var azurite = await AzuriteGrainStorage.StartAsync();
        var id = GrainId.Create("test", "clear");
        var state = new GrainState<string>("to clear");
        await azurite.Storage.WriteStateAsync(StateName, id, state);

        await azurite.Storage.ClearStateAsync(StateName, id, state);
        var read = new GrainState<string>("untouched");
        await azurite.Storage.ReadStateAsync(StateName, id, read);

        Assert.Equal((false, (string?)null), (state.RecordExists, state.ETag));
        Assert.Equal(("untouched", false), (read.State, read.RecordExists));
        Assert.Empty(await azurite.RowKeysAsync(StateName, id));
        await azurite.Storage.WriteStateAsync(StateName, id, new GrainState<string>("new"));
    }

    [Fact]
    public async Task ClearStateAsync_StaleETagOrNoneForAnExistingRecord_ThrowsAndKeepsTheRecord()
    {
        await using var azurite = await AzuriteGrainStorage.StartAsync();
        var id = GrainId.Create("test", "clear-stale");
        var state = new GrainState<string>("one");
        await azurite.Storage.WriteStateAsync(StateName, id, state);
        var staleETag = state.ETag;
        await azurite.Storage.WriteStateAsync(StateName, id, state);

        await Assert.ThrowsAsync<InconsistentStateException>(() => azurite.Storage.ClearStateAsync(StateName, id, new GrainState<string>("") { ETag = staleETag }));
        await Assert.ThrowsAsync<InconsistentStateException>(() => azurite.Storage.ClearStateAsync(StateName, id, new GrainState<string>("")));
        var read = new GrainState<string>("");
        await azurite.Storage.ReadStateAsync(StateName, id, read);
        Assert.Equal(("one", true), (read.State, read.RecordExists));
    }

    [Fact]
    public async Task ClearStateAsync_EmptyRecordOption_LeavesAnETagThatTheNextWriteMustMatch()
    {
        await using var azurite = await AzuriteGrainStorage.StartAsync(deleteStateOnClear: false);
        var id = GrainId.Create("test", "empty-record");
        var state = new GrainState<string>("before");
        await azurite.Storage.WriteStateAsync(StateName, id, state);

        await azurite.Storage.ClearStateAsync(StateName, id, state);
        var read = new GrainState<string>("untouched");
        await azurite.Storage.ReadStateAsync(StateName, id, read);

        Assert.Equal(("untouched", false, state.ETag), (read.State, read.RecordExists, read.ETag));
        Assert.NotNull(read.ETag);
        await Assert.ThrowsAsync<InconsistentStateException>(() => azurite.Storage.WriteStateAsync(StateName, id, new GrainState<string>("no etag")));
        await azurite.Storage.WriteStateAsync(StateName, id, new GrainState<string>("after") { ETag = read.ETag });
        await azurite.Storage.ReadStateAsync(StateName, id, read);
        Assert.Equal(("after", true), (read.State, read.RecordExists));
    }
}
