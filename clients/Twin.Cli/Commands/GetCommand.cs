using System.CommandLine;
using Google.Protobuf;
using Spectre.Console;
using Twin.Api.V1;

namespace Twin.Cli.Commands;

/// <summary><c>twin get KIND ID</c>: one entity with all its attributes.</summary>
public static class GetCommand
{
    public static Command Create(Func<Func<CliContext, ParseResult, CancellationToken, Task<int>>, Func<ParseResult, CancellationToken, Task<int>>> run)
    {
        var kind = new Argument<string>("kind") { Description = KindNames.Help };
        var id = new Argument<string>("id") { Description = "The entity's id, for example NL.IMBAG.Pand.0402100000012345" };
        var crs = new Option<string>("--crs") { Description = "rd (default) or wgs84 for the coordinates", DefaultValueFactory = _ => "rd" };
        var json = new Option<bool>("--json") { Description = "Print the entity as JSON" };
        var command = new Command("get", "Show one entity by kind and id") { kind, id, crs, json };
        command.SetAction(run(async (context, result, cancellationToken) =>
        {
            var request = new GetEntityRequest
            {
                Kind = KindNames.Parse(result.GetValue(kind)!),
                Id = result.GetValue(id)!,
                Crs = KindNames.ParseCrs(result.GetValue(crs)),
            };
            using var client = context.Connect();
            var entity = await client.City.GetEntityAsync(request, cancellationToken: cancellationToken);
            if (result.GetValue(json))
            {
                context.Console.Profile.Out.Writer.WriteLine(JsonFormatter.Default.Format(entity));
                return ExitCodes.Success;
            }

            var table = new Table().AddColumn("Attribute").AddColumn("Value");
            foreach (var (name, value) in EntityText.Attributes(entity))
            {
                table.AddRow(Markup.Escape(name), Markup.Escape(value));
            }

            context.Console.Write(table);
            return ExitCodes.Success;
        }));
        return command;
    }
}
