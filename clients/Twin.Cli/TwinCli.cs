using System.CommandLine;
using Grpc.Core;
using Spectre.Console;
using Twin.Cli.Commands;
using Twin.Client;

namespace Twin.Cli;

/// <summary>The <c>twin</c> command line: import, query, get and stats against a Twin server over gRPC.</summary>
public static class TwinCli
{
    public static readonly Option<string> ServerOption = new("--server")
    {
        Description = "The Twin server's gRPC address (default: $TWIN_SERVER, else " + TwinClient.DefaultAddress + ")",
        Recursive = true,
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("TWIN_SERVER") is { Length: > 0 } fromEnvironment ? fromEnvironment : TwinClient.DefaultAddress,
    };

    public static readonly Option<string?> ApiKeyOption = new("--api-key")
    {
        Description = "A partner's API key, sent with every call (default: $" + TwinClient.ApiKeyVariable + "); servers in Keys mode need one",
        Recursive = true,
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable(TwinClient.ApiKeyVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment : null,
    };

    public static async Task<int> RunAsync(string[] args, IAnsiConsole console, TextWriter error, CancellationToken cancellationToken = default)
    {
        var root = new RootCommand(
            "twin — the command line of Twin, the digital twin of Hilversum.\n" +
            "Exit codes: 0 done, 1 the server refused the request, 2 wrong usage, 3 no server answered, 4 not found, 5 invalid input file.")
        {
            ServerOption,
            ApiKeyOption,
        };
        root.Add(ImportCommand.Create(Run));
        root.Add(QueryCommand.Create(Run));
        root.Add(GetCommand.Create(Run));
        root.Add(StatsCommand.Create(Run));
        root.Add(TrafficCommand.Create(Run));
        root.Add(ScenarioCommand.Create(Run));
        root.Add(SensorsCommand.Create(Run));
        root.Add(IngestCommand.Create(Run));
        root.Add(SunCommand.Create(Run));
        root.Add(KeysCommand.Create(Run));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
            {
                await error.WriteLineAsync("twin: " + parseError.Message);
            }

            await error.WriteLineAsync("Try 'twin --help'.");
            return ExitCodes.Usage;
        }

        return await parsed.InvokeAsync(new InvocationConfiguration { Output = new AnsiWriter(console), Error = error }, cancellationToken);

        Func<ParseResult, CancellationToken, Task<int>> Run(Func<CliContext, ParseResult, CancellationToken, Task<int>> action) =>
            async (result, token) =>
            {
                var context = new CliContext(console, error, result.GetValue(ServerOption)!, result.GetValue(ApiKeyOption));
                try
                {
                    return await action(context, result, token);
                }
                catch (RpcException exception)
                {
                    return await ReportAsync(context, exception);
                }
                catch (UsageException exception)
                {
                    await error.WriteLineAsync("twin: " + exception.Message);
                    return ExitCodes.Usage;
                }
                catch (InvalidInputException exception)
                {
                    await error.WriteLineAsync("twin: " + exception.Message);
                    return ExitCodes.InvalidInput;
                }
            };
    }

    private static async Task<int> ReportAsync(CliContext context, RpcException exception)
    {
        switch (exception.StatusCode)
        {
            case StatusCode.Unavailable:
                await context.Error.WriteLineAsync($"twin: no Twin server answered at {context.Server} ({exception.Status.Detail}).");
                await context.Error.WriteLineAsync("Start one with 'dotnet run --project silo/Twin.Silo', or pass --server.");
                return ExitCodes.Unreachable;
            case StatusCode.Unauthenticated:
                await context.Error.WriteLineAsync("twin: the server wants a valid API key: " + exception.Status.Detail);
                await context.Error.WriteLineAsync($"Pass --api-key or set {TwinClient.ApiKeyVariable}.");
                return ExitCodes.RequestFailed;
            case StatusCode.NotFound:
                await context.Error.WriteLineAsync("twin: not found: " + exception.Status.Detail);
                return ExitCodes.NotFound;
            default:
                await context.Error.WriteLineAsync($"twin: {exception.StatusCode}: {exception.Status.Detail}");
                return ExitCodes.RequestFailed;
        }
    }
}
