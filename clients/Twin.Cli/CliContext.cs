using Spectre.Console;
using Twin.Client;

namespace Twin.Cli;

/// <summary>Where a command writes (so tests can capture it) and which server it talks to.</summary>
public sealed class CliContext(IAnsiConsole console, TextWriter error, string server)
{
    public IAnsiConsole Console { get; } = console;

    public TextWriter Error { get; } = error;

    public string Server { get; } = server;

    public TwinClient Connect() => TwinClient.Connect(Server);
}
