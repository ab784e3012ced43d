using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Grpc.Core;
using Grpc.Net.Client;
using Twin.Api.V1;
using Twin.Client;
using Twin.Testing;

namespace Twin.Silo.Tests;

/// <summary>TLS with a configured certificate (a self-signed one made here): gRPC over https with a key works; plaintext is refused.</summary>
public sealed class TlsTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GrpcPort_WithConfiguredCertificate_ServesTlsAndNotPlaintext()
    {
        using var folder = new TemporaryFolder();
        using var certificate = SelfSigned();
        var pfx = Path.Combine(folder.Path, "twin.pfx");
        await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pkcs12, "geheim"), Cancel);
        var key = TwinApiKey.New();
        var keyFile = folder.Write("partners.json",
            $$$$"""{"Partners": {"amersfoort": {"Scopes": ["read"], "Keys": [{"Id": "k1", "Sha256": "{{{{TwinApiKey.Hash(key)}}}}"}]}}}""");
        await using var silo = await SiloProcess.StartAsync(
            "--Twin:Demo:SeedWhenEmpty=false", "--Twin:Demo:SimulatedFeed:Enabled=false", "--Twin:Access:Mode=Keys", $"--Twin:Access:KeyFile={keyFile}",
            $"--Twin:Access:Tls:CertificatePath={pfx}", "--Twin:Access:Tls:Password=geheim", "--Twin:Access:Tls:Ports=Grpc");
        var handler = new SocketsHttpHandler();
        handler.SslOptions.RemoteCertificateValidationCallback = (_, presented, _, _) => presented?.GetCertHashString() == certificate.GetCertHashString();
        using var secure = TwinClient.Connect(GrpcChannel.ForAddress($"https://127.0.0.1:{silo.GrpcPort}", new GrpcChannelOptions { HttpHandler = handler }), key);
        using var plain = TwinClient.Connect(silo.GrpcAddress, key);

        var stats = await secure.City.GetStatsAsync(new GetStatsRequest(), cancellationToken: Cancel);
        var refused = await Assert.ThrowsAsync<RpcException>(() => plain.City.GetStatsAsync(new GetStatsRequest(), cancellationToken: Cancel).ResponseAsync);

        Assert.Equal("hilversum", stats.Dataset);
        Assert.NotEqual(StatusCode.OK, refused.StatusCode);
        Assert.Contains("TLS on Grpc", silo.Log, StringComparison.Ordinal);
    }

    private static X509Certificate2 SelfSigned()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=twin-test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
    }
}
