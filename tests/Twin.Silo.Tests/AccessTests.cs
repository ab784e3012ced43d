using System.Net;
using System.Text;
using System.Text.Json;
using Grpc.Core;
using Grpc.Net.Client;
using Twin.Api.V1;
using Twin.Client;

namespace Twin.Silo.Tests;

/// <summary>Partner access against a silo in Keys mode: keys, scopes, open data, rotation without restart, the audit log, the CLI's key.</summary>
[Collection(AccessSiloGroup.Name)]
public sealed class AccessTests(AccessSiloFixture fixture)
{
    private static readonly string[] KnownNeeds = ["open", "read", "plan", "ingest", "admin"];

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GrpcCall_NoKeyUnknownKeyOrRevokedKey_UnauthenticatedWithTheReason()
    {
        using var none = fixture.Connect(null);
        using var unknown = TwinClient.Connect(fixture.Silo.GrpcAddress, TwinApiKey.New());
        using var revoked = fixture.Connect("former");

        var missing = await Assert.ThrowsAsync<RpcException>(() => none.City.GetStatsAsync(new GetStatsRequest(), cancellationToken: Cancel).ResponseAsync);
        var wrong = await Assert.ThrowsAsync<RpcException>(() => unknown.City.GetStatsAsync(new GetStatsRequest(), cancellationToken: Cancel).ResponseAsync);
        var withdrawn = await Assert.ThrowsAsync<RpcException>(() => revoked.City.GetStatsAsync(new GetStatsRequest(), cancellationToken: Cancel).ResponseAsync);

        Assert.Equal(StatusCode.Unauthenticated, missing.StatusCode);
        Assert.Contains("authorization: ApiKey <key>", missing.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(StatusCode.Unauthenticated, wrong.StatusCode);
        Assert.Contains("not known", wrong.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(StatusCode.Unauthenticated, withdrawn.StatusCode);
        Assert.Contains("revoked", withdrawn.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteCall_KeyWithoutTheScope_PermissionDeniedNamingTheScopeAndNothingCreated()
    {
        using var reader = fixture.Connect("reader");
        using var http = fixture.Http("reader");

        var denied = await Assert.ThrowsAsync<RpcException>(() =>
            reader.Scenarios.CreateScenarioAsync(new CreateScenarioRequest { Id = "denied-plan", Name = "Niet toegestaan" }, cancellationToken: Cancel).ResponseAsync);
        var post = await http.PostAsync("/api/v1/readings", new StringContent("{\"sequence\":1,\"readings\":[]}", Encoding.UTF8, "application/json"), Cancel);
        var scenarios = await reader.Scenarios.ListScenariosAsync(new ListScenariosRequest(), cancellationToken: Cancel);

        Assert.Equal(StatusCode.PermissionDenied, denied.StatusCode);
        Assert.Contains("needs scope 'plan'", denied.Status.Detail, StringComparison.Ordinal);
        Assert.Contains("partner 'reader' has: read", denied.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Contains("ingest", await post.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.DoesNotContain(scenarios.Scenarios, s => s.Id == "denied-plan");
    }

    [Fact]
    public async Task OpenData_WithoutAKey_Readable()
    {
        using var http = fixture.Http();
        using var anonymous = fixture.Connect(null);

        foreach (var path in new[] { "/api/v1/sensors", "/api/v1/sensors.csv", "/api/v1/sensors.geojson", "/api/v1/zones", "/api/v1/scenarios", "/api/v1/stats", "/api/v1/access", "/healthz", "/about" })
        {
            var response = await http.GetAsync(path, Cancel);
            Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode}");
        }

        var sensors = await anonymous.Sensors.ListSensorsAsync(new ListSensorsRequest(), cancellationToken: Cancel);
        var zones = await anonymous.Sensors.ListZonesAsync(new ListZonesRequest(), cancellationToken: Cancel);
        Assert.NotNull(sensors);
        Assert.NotNull(zones);
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("/metrics", Cancel)).StatusCode);
    }

    [Fact]
    public async Task EveryEndpoint_HasAScopeOrIsOpenData_AndRefusesCallsWithoutAKey()
    {
        using var http = fixture.Http();
        using var document = JsonDocument.Parse(await http.GetStringAsync("/api/v1/access", Cancel));
        var listed = document.RootElement.EnumerateArray().ToDictionary(
            e => e.GetProperty("endpoint").GetString()!,
            e => (Needs: e.GetProperty("needs").EnumerateArray().Select(n => n.GetString()!).ToArray(), Audited: e.GetProperty("audited").GetBoolean()));
        var methods = new[] { CityReflection.Descriptor, ScenariosReflection.Descriptor, SensorsReflection.Descriptor, TilesReflection.Descriptor }
            .SelectMany(file => file.Services).SelectMany(service => service.Methods)
            .Select(method => (Path: $"/{method.Service.FullName}/{method.Name}", method.Service.FullName, method.Name)).ToList();
        using var channel = GrpcChannel.ForAddress(fixture.Silo.GrpcAddress);
        var invoker = channel.CreateCallInvoker();
        var bytes = Marshallers.Create(b => b, b => b);

        Assert.All(listed, entry => Assert.True(entry.Value.Needs.Length > 0 && entry.Value.Needs.All(KnownNeeds.Contains), $"{entry.Key}: [{string.Join(", ", entry.Value.Needs)}]"));
        Assert.True(methods.Count >= 20, $"only {methods.Count} twin.v1 methods found");
        foreach (var (path, service, name) in methods)
        {
            Assert.True(listed.TryGetValue(path, out var access), $"{path} is not in the access list");
            if (access.Needs.Contains("open"))
            {
                continue;
            }

            var call = invoker.AsyncUnaryCall(new Method<byte[], byte[]>(MethodType.Unary, service, name, bytes, bytes), null, new CallOptions(cancellationToken: Cancel), []);
            var refused = await Assert.ThrowsAsync<RpcException>(() => call.ResponseAsync);
            Assert.True(refused.StatusCode == StatusCode.Unauthenticated, $"{path} without a key: {refused.StatusCode} {refused.Status.Detail}");
        }

        foreach (var (endpoint, access) in listed.Where(e => e.Key.StartsWith("GET ", StringComparison.Ordinal) || e.Key.StartsWith("POST ", StringComparison.Ordinal)))
        {
            var space = endpoint.IndexOf(' ', StringComparison.Ordinal);
            var path = endpoint[(space + 1)..].Replace("{scenario}", "base", StringComparison.Ordinal).Replace("{id}", "x", StringComparison.Ordinal);
            if (access.Needs.Contains("open") || path.Contains('{', StringComparison.Ordinal))
            {
                continue;
            }

            using var request = new HttpRequestMessage(new HttpMethod(endpoint[..space]), path) { Content = new StringContent("{}") };
            Assert.Equal(HttpStatusCode.Unauthorized, (await http.SendAsync(request, Cancel)).StatusCode);
        }

        string[] writes = ["/twin.v1.CityService/Import", "/twin.v1.ScenarioService/CreateScenario", "/twin.v1.ScenarioService/EditScenario", "/twin.v1.ScenarioService/RunScenario",
            "/twin.v1.SensorService/RegisterSensor", "/twin.v1.SensorService/Ingest", "/twin.v1.SensorService/IngestBatch", "/twin.v1.SensorService/Calibrate", "POST /api/v1/readings"];
        Assert.All(writes, write => Assert.True(listed[write].Audited, $"{write} is not audited"));
    }

    [Fact]
    public async Task KeyFile_RotatedAndRevokedWhileRunning_TakesEffectWithoutRestart()
    {
        var issued = await CliRun.RunAsync("keys", "new", "--partner", "rotating", "--scopes", "read,plan", "--key-id", "2026-11");
        var lines = issued.Output.Split('\n', StringSplitOptions.TrimEntries);
        var first = lines[1];
        using (var entry = JsonDocument.Parse(string.Join('\n', lines.Skip(3))))
        {
            var key = entry.RootElement.GetProperty("Partners").GetProperty("rotating").GetProperty("Keys")[0];
            Assert.Equal(TwinApiKey.Hash(first), key.GetProperty("Sha256").GetString());
            Assert.Equal("2026-11", key.GetProperty("Id").GetString());
        }

        var second = TwinApiKey.New();
        using var before = TwinClient.Connect(fixture.Silo.GrpcAddress, first);
        var refusedBefore = await Assert.ThrowsAsync<RpcException>(() => before.City.GetStatsAsync(new GetStatsRequest(), cancellationToken: Cancel).ResponseAsync);

        fixture.SetKeys("rotating", ["read", "plan"], (first, false));
        var firstWorks = await EventuallyAsync(first, StatusCode.OK);
        fixture.SetKeys("rotating", ["read", "plan"], (first, false), (second, false));
        var bothWork = await EventuallyAsync(second, StatusCode.OK) && await EventuallyAsync(first, StatusCode.OK);
        fixture.SetKeys("rotating", ["read", "plan"], (first, true), (second, false));
        var firstRevoked = await EventuallyAsync(first, StatusCode.Unauthenticated);
        var secondStill = await EventuallyAsync(second, StatusCode.OK);

        Assert.Equal(0, issued.ExitCode);
        Assert.StartsWith("twin_", first, StringComparison.Ordinal);
        Assert.Equal(StatusCode.Unauthenticated, refusedBefore.StatusCode);
        Assert.True(firstWorks, "a key added to the key file is accepted without a restart");
        Assert.True(bothWork, "old and new key work side by side during rotation");
        Assert.True(firstRevoked, "a revoked key is refused without a restart");
        Assert.True(secondStill, "the new key keeps working");
        Assert.False(fixture.Silo.HasExited);
    }

    [Fact]
    public async Task WriteCalls_AllowedAndRefused_EachOneAuditLineWithPartnerMethodEntityAndOutcome()
    {
        var scenario = $"audit-{Guid.NewGuid():N}"[..20];
        using var planner = fixture.Connect("planner");
        using var reader = fixture.Connect("reader");
        using var operatorClient = fixture.Connect("operator");
        using var sensors = fixture.Connect("sensors");
        var started = DateTimeOffset.UtcNow;

        await planner.Scenarios.CreateScenarioAsync(new CreateScenarioRequest { Id = scenario, Name = "Audit" }, cancellationToken: Cancel);
        await Assert.ThrowsAsync<RpcException>(() => reader.Scenarios.CreateScenarioAsync(new CreateScenarioRequest { Id = scenario + "-x", Name = "Audit" }, cancellationToken: Cancel).ResponseAsync);
        var sensor = await SensorCliTests.RegisterAirSensorAsync(operatorClient, Cancel);
        using (var ingest = sensors.Sensors.Ingest(cancellationToken: Cancel))
        {
            var batch = new ReadingBatch { Sequence = 1 };
            batch.Readings.Add(new Reading { SensorId = sensor, Quantity = "no2", Value = 20, Time = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTime(DateTime.UtcNow.AddMinutes(-1)) });
            await ingest.RequestStream.WriteAsync(batch, Cancel);
            Assert.True(await ingest.ResponseStream.MoveNext(Cancel));
            await ingest.RequestStream.CompleteAsync();
            Assert.False(await ingest.ResponseStream.MoveNext(Cancel));
        }

        await reader.City.GetStatsAsync(new GetStatsRequest(), cancellationToken: Cancel);
        var lines = await AuditAsync(lines => lines.Count(l => Time(l) >= started) >= 4);
        var recent = lines.Where(l => Time(l) >= started).ToList();

        var created = Assert.Single(recent, l => Method(l) == "/twin.v1.ScenarioService/CreateScenario" && Text(l, "partner") == "planner");
        Assert.Equal("OK", Text(created, "outcome"));
        Assert.Equal("planner-1", Text(created, "key"));
        Assert.Contains(scenario, Entities(created));
        var refused = Assert.Single(recent, l => Method(l) == "/twin.v1.ScenarioService/CreateScenario" && Text(l, "partner") == "reader");
        Assert.Equal("PermissionDenied", Text(refused, "outcome"));
        var registered = Assert.Single(recent, l => Method(l) == "/twin.v1.SensorService/RegisterSensor");
        Assert.Equal(("operator", "OK"), (Text(registered, "partner"), Text(registered, "outcome")));
        Assert.Contains(sensor, Entities(registered));
        var ingested = Assert.Single(recent, l => Method(l) == "/twin.v1.SensorService/Ingest" && Entities(l).Contains(sensor));
        Assert.Equal(("sensors", "OK"), (Text(ingested, "partner"), Text(ingested, "outcome")));
        Assert.DoesNotContain(recent, l => Method(l) == "/twin.v1.CityService/GetStats");
        Assert.DoesNotContain(recent, l => l.GetRawText().Contains("twin_", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Cli_WithApiKey_Works_AndWithoutOne_SaysHowToSendIt()
    {
        var with = await CliRun.RunAsync("stats", "--server", fixture.Silo.GrpcAddress, "--api-key", fixture.Key("reader"));
        var without = await CliRun.RunAsync("stats", "--server", fixture.Silo.GrpcAddress);

        Assert.Equal(0, with.ExitCode);
        Assert.Equal(1, without.ExitCode);
        Assert.Contains("--api-key", without.Error, StringComparison.Ordinal);
        Assert.Contains(TwinClient.ApiKeyVariable, without.Error, StringComparison.Ordinal);
    }

    private async Task<bool> EventuallyAsync(string key, StatusCode expected)
    {
        using var client = TwinClient.Connect(fixture.Silo.GrpcAddress, key);
        for (var attempt = 0; attempt < 50; attempt++)
        {
            try
            {
                await client.City.GetStatsAsync(new GetStatsRequest(), cancellationToken: Cancel);
                if (expected == StatusCode.OK)
                {
                    return true;
                }
            }
            catch (RpcException refused) when (refused.StatusCode == expected)
            {
                return true;
            }
            catch (RpcException)
            {
                // Not yet.
            }

            await Task.Delay(200, Cancel);
        }

        return false;
    }

    private async Task<List<JsonElement>> AuditAsync(Func<List<JsonElement>, bool> complete)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var lines = fixture.AuditLines();
            if (complete(lines))
            {
                return lines;
            }

            await Task.Delay(100, Cancel);
        }

        return fixture.AuditLines();
    }

    private static DateTimeOffset Time(JsonElement line) => line.GetProperty("time").GetDateTimeOffset();

    private static string Method(JsonElement line) => Text(line, "method");

    private static string Text(JsonElement line, string name) => line.GetProperty(name).GetString()!;

    private static List<string> Entities(JsonElement line) => [.. line.GetProperty("entities").EnumerateArray().Select(e => e.GetString()!)];
}
