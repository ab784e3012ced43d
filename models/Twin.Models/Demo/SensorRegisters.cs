using System.Collections.Immutable;
using Twin.Models.City;

namespace Twin.Models.Demo;

/// <summary>The register entries of the municipality's sensor programme, as published for transparency.</summary>
internal static class SensorRegisters
{
    public const string Municipality = "Gemeente Hilversum";
    public const string Resident = "Bewoner (via Samen Meten)";
    public const string PublicTask = "Gemeentewet art. 160 / AVG art. 6(1)(e)";
    public const string TrafficDpia = "DPIA-2024-017";
    public const string AirDpia = "DPIA-2023-009";
    public const string CrowdDpia = "DPIA-2024-021";

    public static SensorRegisterEntry TrafficCamera { get; } = new(
        Municipality,
        "Toetsen of het verkeer op de Snelliuslaan zich aan 30 km/u houdt: telt voertuigen per klasse en rijrichting "
            + "en meet hun snelheid. Geen beelden, geen kentekens.",
        [SensorQuantities.VehicleCount, SensorQuantities.VehicleSpeed],
        PublicTask,
        TrafficDpia,
        RetentionDays: 30,
        new DateOnly(2024, 3, 1),
        EndDate: null,
        IsPublic: true,
        SensorStatus.Active);

    public static SensorRegisterEntry MunicipalAir { get; } = new(
        Municipality,
        "Luchtkwaliteit (NO2, fijnstof) meten langs de drukke wegen rond het station; gekalibreerd tegen "
            + "referentiestations van het RIVM.",
        AirQuantities,
        PublicTask,
        AirDpia,
        RetentionDays: 365,
        new DateOnly(2023, 6, 1),
        EndDate: null,
        IsPublic: true,
        SensorStatus.Active);

    public static SensorRegisterEntry CrowdCounter { get; } = new(
        Municipality,
        "Druktemeter: telt het aantal bezoekers in een zone van het centrum om drukte te spreiden en veiligheid "
            + "te bewaken. Geen beelden, geen apparaat-id's.",
        [SensorQuantities.VisitorCount],
        PublicTask,
        CrowdDpia,
        RetentionDays: 30,
        new DateOnly(2024, 5, 1),
        EndDate: null,
        IsPublic: true,
        SensorStatus.Active);

    private static ImmutableArray<string> AirQuantities => [SensorQuantities.No2, SensorQuantities.Pm10, SensorQuantities.Pm25];

    /// <summary>A resident's sensor, registered when it joined the programme.</summary>
    public static SensorRegisterEntry ResidentAir(DateOnly joined) => new(
        Resident,
        "Burgermeting van de luchtkwaliteit in de eigen straat, gedeeld via het Samen Meten-portaal van het RIVM.",
        AirQuantities,
        "Vrijwillige deelname aan Samen Meten (RIVM); meet geen persoonsgegevens",
        AirDpia,
        RetentionDays: 365,
        joined,
        EndDate: null,
        IsPublic: true,
        SensorStatus.Active);
}
