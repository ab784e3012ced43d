using Orleans.Storage;
using Twin.Grains.AzureTable;

namespace Twin.Grains.Tests;

/// <summary>The Azure Table provider with states of several rows, states over the limit, and grain ids that are not valid table keys.</summary>
public sealed class AzureTableStateLayoutTests
{
    private const string StateName = "layout";

    [Fact]
    public async Task WriteStateAsync_StateOfNearlyThreeMegabytesAtTheLimit_SplitAcrossRowsAndReadBackByteExact()
    {
        await using var azurite = await AzuriteGrainStorage.StartAsync();
        var id = GrainId.Create("test", "large");

        // The serializer adds a few bytes of its own around the array: this is as large as a state can be.
        var bytes = RandomBytes(StateRows.MaxStateBytes - 16, seed: 1);

        await azurite.Storage.WriteStateAsync(StateName, id, new GrainState<byte[]>(bytes));
        var read = new GrainState<byte[]>([]);
        await azurite.Storage.ReadStateAsync(StateName, id, read);

        Assert.True(read.RecordExists);
        Assert.True(bytes.AsSpan().SequenceEqual(read.State));
        Assert.Equal(["0", "1", "2", "3", "4"], (await azurite.RowKeysAsync(StateName, id)).Order());
    }

    [Fact]
    public async Task WriteStateAsync_LargeThenSmallThenClear_ReadsTheSmallStateAndClearRemovesEveryRow()
    {
        await using var azurite = await AzuriteGrainStorage.StartAsync();
        var id = GrainId.Create("test", "shrinking");
        var state = new GrainState<byte[]>(RandomBytes(2_000_000, seed: 2));
        await azurite.Storage.WriteStateAsync(StateName, id, state);
        state.State = RandomBytes(1_000, seed: 3);

        await azurite.Storage.WriteStateAsync(StateName, id, state);
        var read = new GrainState<byte[]>([]);
        await azurite.Storage.ReadStateAsync(StateName, id, read);
        await azurite.Storage.ClearStateAsync(StateName, id, read);

        Assert.Equal(state.State, read.State);
        Assert.Empty(await azurite.RowKeysAsync(StateName, id));
    }

    [Fact]
    public async Task WriteStateAsync_StaleETagOnSeveralRows_ThrowsAndNoRowChanges()
    {
        await using var azurite = await AzuriteGrainStorage.StartAsync();
        var id = GrainId.Create("test", "large-stale");
        var current = new GrainState<byte[]>(RandomBytes(1_500_000, seed: 4));
        await azurite.Storage.WriteStateAsync(StateName, id, current);
        var staleETag = current.ETag;
        await azurite.Storage.WriteStateAsync(StateName, id, current);

        await Assert.ThrowsAsync<InconsistentStateException>(
            () => azurite.Storage.WriteStateAsync(StateName, id, new GrainState<byte[]>(RandomBytes(2_500_000, seed: 5)) { ETag = staleETag }));
        var read = new GrainState<byte[]>([]);
        await azurite.Storage.ReadStateAsync(StateName, id, read);

        Assert.True(current.State.AsSpan().SequenceEqual(read.State));
        Assert.Equal(["0", "1", "2"], (await azurite.RowKeysAsync(StateName, id)).Order());
    }

    [Fact]
    public async Task WriteStateAsync_StateOverTheLimit_RefusedNamingTheLimitAndOldStateKept()
    {
        await using var azurite = await AzuriteGrainStorage.StartAsync();
        var id = GrainId.Create("test", "too-large");
        var state = new GrainState<byte[]>([1, 2, 3]);
        await azurite.Storage.WriteStateAsync(StateName, id, state);
        state.State = RandomBytes(StateRows.MaxStateBytes + 1, seed: 6);

        var refused = await Assert.ThrowsAsync<GrainStateTooLargeException>(() => azurite.Storage.WriteStateAsync(StateName, id, state));
        var read = new GrainState<byte[]>([]);
        await azurite.Storage.ReadStateAsync(StateName, id, read);

        Assert.Contains("at most 3,080,192 bytes", refused.Message, StringComparison.Ordinal);
        Assert.True(refused.StateBytes > StateRows.MaxStateBytes);
        Assert.Equal([1, 2, 3], read.State);
    }

    [Fact]
    public async Task WriteStateAsync_IdsWithForbiddenCharactersAndLongIds_EachKeepsItsOwnState()
    {
        await using var azurite = await AzuriteGrainStorage.StartAsync();
        var longKey = string.Concat(Enumerable.Repeat("lange-weg/", 60));
        string[] keys =
        [
            "air/NO2 Stationsplein #1?", "air%2FNO2 Stationsplein #1?", @"back\slash", "tab\there", "pipe|tilde~",
            longKey + "a", longKey + "b", "ê/ß/漢字/😀",
        ];

        foreach (var key in keys)
        {
            await azurite.Storage.WriteStateAsync(StateName, GrainId.Create("twin-sensor-raw", key), new GrainState<string>(key));
        }

        foreach (var key in keys)
        {
            var read = new GrainState<string>("");
            await azurite.Storage.ReadStateAsync(StateName, GrainId.Create("twin-sensor-raw", key), read);
            Assert.Equal((key, true), (read.State, read.RecordExists));
        }

        Assert.True(StateRowKeys.PartitionKey(AzuriteGrainStorage.ServiceId, StateName, GrainId.Create("twin-sensor-raw", longKey)).Length <= StateRowKeys.MaxPlainLength);
    }

    [Fact]
    public async Task ReadStateAsync_SameGrainOtherStateName_IsAnotherRecord()
    {
        await using var azurite = await AzuriteGrainStorage.StartAsync();
        var id = GrainId.Create("test", "two-states");
        await azurite.Storage.WriteStateAsync("first", id, new GrainState<string>("first"));

        var other = new GrainState<string>("");
        await azurite.Storage.ReadStateAsync("second", id, other);

        Assert.False(other.RecordExists);
    }

    private static byte[] RandomBytes(int count, int seed)
    {
        var bytes = new byte[count];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }
}
