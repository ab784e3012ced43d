using Spectre.Console;
using Twin.Client;

namespace Twin.Cli;

/// <summary>Where a command writes (so tests can capture it) and which server it talks to.</summary>
public sealed class CliContext(IAnsiConsole console, TextWriter error, string server, string? apiKey = null)
{
    public IAnsiConsole Console { get; } = console;

    public TextWriter Error { get; } = error;

    public string Server { get; } = server;

    /// <summary>The partner's API key sent with every call, or null.</summary>
    public string? ApiKey { get; } = apiKey;

    public TwinClient Connect() => TwinClient.Connect(Server, ApiKey);
}
