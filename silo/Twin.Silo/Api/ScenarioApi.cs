using Google.Protobuf;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Twin.Api.V1;
using Twin.Silo.Access;
using Twin.Grains.City;
using Twin.Grains.Scenarios;
using Twin.Models.Geo;
using Twin.Models.Planning;
using Twin.Models.Reports;
using Twin.Silo.Hosting;

namespace Twin.Silo.Api;

/// <summary>The twin.v1 ScenarioService: thin translation between messages and the scenario grains.</summary>
public sealed class ScenarioApi(IGrainFactory grains, CityReader reader, IOptions<TwinOptions> options, TimeProvider time) : ScenarioService.ScenarioServiceBase
{
    private const int DefaultTop = 20;

    /// <summary>A plan area is a district, not a region: sun hours are worked out for every facade in it.</summary>
    private const double MaxPlanAreaSide = 3_000;

    private readonly string _dataset = options.Value.Dataset;

    [Authorize(Scopes.Plan)]
    [Audited]
    public override async Task<Scenario> CreateScenario(CreateScenarioRequest request, ServerCallContext context)
    {
        var id = PlannedId(request.Id);
        var name = string.IsNullOrWhiteSpace(request.Name) ? throw RequestReader.Invalid("name is missing") : request.Name.Trim();
        var area = request.PlanArea is null ? null : PlanAssessment.Rectangle(PlanAreaOf(request.PlanArea));
        var created = await Grain(id).CreateAsync(name, request.Description ?? string.Empty, area)
            ?? throw new RpcException(new Status(StatusCode.AlreadyExists, $"scenario '{id}' already exists"));
        return ScenarioMessages.ToMessage(created);
    }

    [Authorize(Scopes.Plan)]
    [Audited]
    public override async Task<Scenario> EditScenario(EditScenarioRequest request, ServerCallContext context)
    {
        var id = PlannedId(request.Id);
        var edits = ScenarioMessages.FromMessages(request.Edits);
        var result = await Grain(id).EditAsync(edits);
        if (result.Scenario is null && !result.Accepted)
        {
            throw new RpcException(new Status(StatusCode.NotFound, string.Join("; ", result.Problems.Select(p => p.Message))));
        }

        return result.Accepted
            ? ScenarioMessages.ToMessage(result.Scenario!)
            : throw RequestReader.Invalid("no edit applied: " + string.Join("; ", result.Problems));
    }

    [Authorize(Scopes.Read)]
    public override async Task<Scenario> GetScenario(GetScenarioRequest request, ServerCallContext context)
    {
        var id = ScenarioIdOf(request.Id);
        return id == TileKey.BaseScenario ? ScenarioMessages.Base() : ScenarioMessages.ToMessage(await ExistingAsync(id));
    }

    [Authorize(Scopes.Read)]
    public override async Task<ListScenariosResponse> ListScenarios(ListScenariosRequest request, ServerCallContext context)
    {
        var planned = await grains.GetGrain<ICityGrain>(_dataset).GetScenariosAsync();
        var scenarios = await Task.WhenAll(planned.Select(s => Grain(s.Id).GetAsync()));
        var response = new ListScenariosResponse();
        response.Scenarios.Add(ScenarioMessages.Base());
        response.Scenarios.AddRange(scenarios.OfType<ScenarioDefinition>().Select(ScenarioMessages.ToMessage));
        return response;
    }

    [Authorize(Scopes.Plan)]
    [Audited]
    public override async Task RunScenario(RunScenarioRequest request, IServerStreamWriter<Twin.Api.V1.ScenarioRunEvent> responseStream, ServerCallContext context)
    {
        var id = ScenarioIdOf(request.Id);
        if (id != TileKey.BaseScenario)
        {
            await ExistingAsync(id);
        }

        await foreach (var update in Grain(id).RunStreamAsync(context.CancellationToken).WithCancellation(context.CancellationToken))
        {
            var message = new Twin.Api.V1.ScenarioRunEvent
            {
                Iteration = update.Iteration,
                RelativeGap = update.RelativeGap,
                TotalTravelTime = update.TotalTravelTime,
                Stage = (Twin.Api.V1.ScenarioStage)(int)update.Stage,
                Message = update.Message ?? string.Empty,
                Scenario = update.Scenario ?? id,
            };
            if (update.Outcome is { } outcome)
            {
                message.Outcome = ScenarioMessages.ToMessage(outcome);
            }

            await responseStream.WriteAsync(message, context.CancellationToken);
        }
    }

    [Authorize(Scopes.Read)]
    public override async Task<ScenarioComparison> CompareScenario(CompareScenarioRequest request, ServerCallContext context)
    {
        var id = ScenarioIdOf(request.Id);
        var top = request.Top switch
        {
            0 => DefaultTop,
            < 0 or > 10_000 => throw RequestReader.Invalid($"top must be 1 to 10000, not {request.Top}"),
            _ => request.Top,
        };
        var scenarioRun = await Grain(id).GetTrafficAsync()
            ?? throw new RpcException(new Status(StatusCode.FailedPrecondition, $"scenario '{id}' has not run yet: run it first"));
        var baseRun = await Grain(TileKey.BaseScenario).GetTrafficAsync()
            ?? throw new RpcException(new Status(StatusCode.FailedPrecondition, "today's traffic ('base') has not run yet: run base first"));
        var comparison = TrafficComparison.Compare(baseRun, scenarioRun);
        var message = new ScenarioComparison
        {
            Id = id,
            BaseVehicleHours = baseRun.VehicleHours,
            ScenarioVehicleHours = scenarioRun.VehicleHours,
            VehicleHoursChange = comparison.VehicleHoursChange,
            BaseVehicleKilometres = baseRun.VehicleKilometres,
            ScenarioVehicleKilometres = scenarioRun.VehicleKilometres,
            VehicleKilometresChange = comparison.VehicleKilometresChange,
            ChangedSegments = comparison.Segments.Count(s => Math.Abs(s.FlowChange) > 1),
        };
        var assessment = await Grain(id).GetAssessmentAsync();
        if (assessment is { Indicators: { } indicators })
        {
            message.Indicators = PlanMessages.ToMessage(indicators, assessment.EditVersion);
        }

        if (assessment is { SunToday: { } sunToday, SunPlan: { } sunPlan })
        {
            message.Sun = PlanMessages.ToMessage(sunToday, sunPlan);
        }

        if (assessment is { AirQuality: { } planAir } && await Grain(TileKey.BaseScenario).GetAssessmentAsync() is { AirQuality: { } baseAir })
        {
            message.AirQuality = PlanMessages.ToMessage(Twin.Models.Planning.AirQualityComparison.Compare(baseAir, planAir), planAir, assessment.Measurements, top);
        }

        message.MostChanged.AddRange(comparison.MostChanged(top).Select(s => new Twin.Api.V1.SegmentChange
        {
            SegmentId = s.SegmentId,
            StreetName = s.StreetName,
            BaseFlow = s.BaseFlow,
            ScenarioFlow = s.ScenarioFlow,
            FlowChange = s.FlowChange,
            BaseVolumeCapacity = s.BaseVolumeCapacity,
            ScenarioVolumeCapacity = s.ScenarioVolumeCapacity,
            VolumeCapacityChange = s.VolumeCapacityChange,
        }));
        return message;
    }

    [OpenData]
    public override async Task<ExportScenarioResponse> ExportScenario(ExportScenarioRequest request, ServerCallContext context)
    {
        var id = ScenarioIdOf(request.Id);
        var run = await Grain(id).GetTrafficAsync()
            ?? throw new RpcException(new Status(StatusCode.FailedPrecondition, $"scenario '{id}' has not run yet: run it first"));
        var baseRun = id == TileKey.BaseScenario ? null : await Grain(TileKey.BaseScenario).GetTrafficAsync();
        var comparison = baseRun is null ? null : TrafficComparison.Compare(baseRun, run);
        if (request.Format == ExportFormat.Html)
        {
            return new ExportScenarioResponse { ContentType = "text/html; charset=utf-8", Content = ByteString.CopyFromUtf8(await ReportAsync(id, run, context.CancellationToken)) };
        }

        var air = await AirForExportAsync(id);
        if (request.Format == ExportFormat.Csv)
        {
            return new ExportScenarioResponse { ContentType = "text/csv", Content = ByteString.CopyFrom(TrafficExport.Csv(run, comparison, air)) };
        }

        var edits = id == TileKey.BaseScenario ? [] : (await ExistingAsync(id)).Edits;
        var streets = new List<Twin.Models.City.ICityEntity>();
        var extent = (await grains.GetGrain<ICityGrain>(_dataset).GetStatsAsync(TileKey.BaseScenario)).Extent;
        await foreach (var part in reader.QueryAsync(_dataset, TileKey.BaseScenario, extent, Twin.Models.City.EntityKinds.StreetSegment, context.CancellationToken))
        {
            streets.AddRange(part.All());
        }

        var planned = ScenarioOverlay.Apply(Twin.Models.City.CitySet.From(streets.DistinctBy(Twin.Models.City.EntityKey.Of)), edits);
        return new ExportScenarioResponse
        {
            ContentType = "application/geo+json",
            Content = ByteString.CopyFrom(TrafficExport.GeoJson(run, planned.StreetSegments, comparison, air)),
        };
    }

    /// <summary>The scenario's street air quality beside today's (today's alone for base), or null before a full run.</summary>
    private async Task<Twin.Models.Planning.AirQualityComparison?> AirForExportAsync(string id)
    {
        if (await Grain(id).GetAssessmentAsync() is not { AirQuality: { } plan })
        {
            return null;
        }

        var today = id == TileKey.BaseScenario ? null : (await Grain(TileKey.BaseScenario).GetAssessmentAsync())?.AirQuality;
        return today is null
            ? new Twin.Models.Planning.AirQualityComparison([.. plan.Segments.Select(s => new Twin.Models.Planning.StreetAirChange(s.SegmentId, s.StreetName, null, s))])
            : Twin.Models.Planning.AirQualityComparison.Compare(today, plan);
    }

    private async Task<string> ReportAsync(string id, ScenarioTrafficResult run, CancellationToken cancellationToken)
    {
        if (id == TileKey.BaseScenario)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, "a report compares a plan with today: give a planned scenario, not 'base'"));
        }

        var scenario = await ExistingAsync(id);
        var baseRun = await Grain(TileKey.BaseScenario).GetTrafficAsync()
            ?? throw new RpcException(new Status(StatusCode.FailedPrecondition, "today's traffic ('base') has not run yet: run base first"));
        var assessment = await Grain(id).GetAssessmentAsync();
        var box = assessment?.Indicators?.Area.Envelope ?? (await grains.GetGrain<ICityGrain>(_dataset).GetStatsAsync(TileKey.BaseScenario)).Extent;
        var today = new List<Twin.Models.City.ICityEntity>();
        await foreach (var part in reader.QueryAsync(_dataset, TileKey.BaseScenario, box, Twin.Models.City.EntityKinds.All, cancellationToken))
        {
            today.AddRange(part.All());
        }

        var todayCity = Twin.Models.City.CitySet.From(today.DistinctBy(Twin.Models.City.EntityKey.Of));
        var input = new ScenarioReportInput(
            scenario, baseRun, run, assessment, await Grain(TileKey.BaseScenario).GetAssessmentAsync(),
            todayCity, ScenarioOverlay.Apply(todayCity, scenario.Edits, e => e.Envelope.Intersects(box)), time.GetUtcNow());
        return ScenarioReport.Html(input);
    }

    private IScenarioGrain Grain(string id) => grains.GetGrain<IScenarioGrain>(new ScenarioKey(_dataset, id).ToString());

    private async Task<ScenarioDefinition> ExistingAsync(string id) =>
        await Grain(id).GetAsync() ?? throw new RpcException(new Status(StatusCode.NotFound, $"no scenario '{id}'"));

    private static string ScenarioIdOf(string id) =>
        ScenarioId.IsValid(id) ? id : throw RequestReader.Invalid($"id '{id}' is not a scenario id (1-{ScenarioId.MaxLength} lower-case letters, digits, '-' or '_')");

    private static RdEnvelope PlanAreaOf(BoundingBox box)
    {
        var area = RequestReader.Box(box, "plan_area");
        return area.Width is > 0 and <= MaxPlanAreaSide && area.Height is > 0 and <= MaxPlanAreaSide
            ? area
            : throw RequestReader.Invalid($"plan_area must be a box with sides above 0 and at most {MaxPlanAreaSide} m, not {area.Width:0.#} x {area.Height:0.#} m");
    }

    private static string PlannedId(string id) =>
        ScenarioIdOf(id) == TileKey.BaseScenario ? throw RequestReader.Invalid("'base' is today's city; a scenario needs an id of its own") : id;
}
