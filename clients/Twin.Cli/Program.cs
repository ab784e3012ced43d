using Spectre.Console;
using Twin.Cli;

return await TwinCli.RunAsync(args, AnsiConsole.Console, Console.Error);
