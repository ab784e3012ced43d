using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Twin.Silo.Hosting;

/// <summary>The server's own settings: the <c>Twin</c> section of orleans.json, validated at start.</summary>
public sealed record TwinOptions
{
    public const string Section = "Twin";

    /// <summary>The dataset this silo serves; the key of its city catalog.</summary>
    [Required, RegularExpression("^[a-z0-9][a-z0-9_-]{0,63}$", ErrorMessage = "Twin:Dataset must be 1-64 lower-case letters, digits, '-' or '_'.")]
    public string Dataset { get; init; } = "hilversum";

    /// <summary>The address HTTP and gRPC listen on: loopback unless deliberately opened up.</summary>
    [Required]
    public string Address { get; init; } = "127.0.0.1";

    /// <summary>HTTP/1.1: viewer, 3D tiles, open data, health.</summary>
    [Range(0, 65535)]
    public int HttpPort { get; init; } = 5080;

    /// <summary>gRPC (HTTP/2 without TLS on loopback): the city API for clients and partners.</summary>
    [Range(0, 65535)]
    public int GrpcPort { get; init; } = 5081;

    [Required]
    public DemoSettings Demo { get; init; } = new();

    [Required, ValidateObjectMembers]
    public ImportLimits Import { get; init; } = new();

    [Required, ValidateObjectMembers]
    public Twin.Silo.Sensors.SensorSettings Sensors { get; init; } = new();
}
