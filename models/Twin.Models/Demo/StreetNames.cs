namespace Twin.Models.Demo;

/// <summary>
/// Street names in the manner of Hilversum. The named pools go to the stretches nearest the station;
/// further out names are composed from Gooi trees, birds, painters and poets. Snelliuslaan, Spoorstraat
/// and the station squares are placed on purpose and appear in no pool.
/// </summary>
internal static class StreetNames
{
    public const string Spoorstraat = "Spoorstraat";

    public static IReadOnlyList<string> Arterials { get; } =
    [
        "Larenseweg", "Soestdijkerstraatweg", "'s-Gravelandseweg", "Oostereind", "Vaartweg", "Utrechtseweg",
        "Loosdrechtseweg", "Noorderweg", "Zuiderweg", "Diependaalselaan", "Bussumergrintweg", "Lage Naarderweg",
        "Jan van der Heijdenstraat", "Liebergerweg", "Kerkelandenlaan", "Beresteinseweg", "Gooilandseweg",
        "Hoge Naarderweg", "Oude Amersfoortseweg", "Kolhornseweg",
    ];

    public static IReadOnlyList<string> Collectors { get; } =
    [
        "Havenstraat", "Schapenkamp", "Emmastraat", "Koninginneweg", "Zeverijnstraat", "Bussumerstraat",
        "Kapelstraat", "Neuweg", "Melkpad", "Laanstraat", "Vreelandseweg", "Geert van Mesdagweg",
        "Gijsbrecht van Amstelstraat", "Johannes Geradtsweg", "Erfgooiersstraat", "Eikbosserweg",
    ];

    /// <summary>The old centre west of the railway.</summary>
    public static IReadOnlyList<string> Centre { get; } =
    [
        "Kerkstraat", "Groest", "Langestraat", "Kerkbrink", "Leeuwenstraat", "Kampstraat", "Achterom",
        "Herenstraat", "Torenstraat", "Stationsstraat", "Kleine Drift", "Veerstraat", "Biersteeg",
        "Vaartweg-Zuid", "Prins Hendrikstraat", "Willemsstraat", "Nassaulaan", "Oranjeweg",
    ];

    /// <summary>East of the railway around Snelliuslaan: streets named after scientists.</summary>
    public static IReadOnlyList<string> East { get; } =
    [
        "Huygensstraat", "Lorentzweg", "Simon Stevinweg", "Kamerlingh Onneslaan", "Van 't Hofflaan", "Zeemanlaan",
        "Boerhaavelaan", "Swammerdamstraat", "Leeuwenhoeklaan", "Van Ghentlaan", "Eijkmanlaan", "Mercatorstraat",
        "Ortelisstraat", "Keesomlaan", "Debyelaan", "Einthovenlaan",
    ];

    private static readonly string[] Prefixes =
    [
        "Linden", "Eiken", "Beuken", "Berken", "Esdoorn", "Kastanje", "Platanen", "Iepen", "Essen", "Acacia",
        "Seringen", "Rozen", "Anjer", "Lelie", "Tulpen", "Narcissen", "Heide", "Duin", "Bos", "Vijver",
        "Meent", "Gooi", "Eem", "Vecht", "Zwaluwen", "Merel", "Lijster", "Vinken", "Specht", "Reiger",
        "Vondel", "Bilderdijk", "Da Costa", "Tesselschade", "Bredero", "Hooft", "Potgieter", "Rembrandt", "Vermeer",
        "Frans Hals", "Jan Steen", "Ruysdael", "Hobbema", "Mauve", "Israëls", "Mesdag", "Maris", "Witsen",
        "Kloos", "Gorter", "Verwey", "Multatuli", "Beets", "Hildebrand", "Staring", "Tollens",
    ];

    private static readonly string[] Suffixes = ["laan", "straat", "weg", "hof"];

    /// <summary>The k-th composed name; names repeat only after every prefix has had every suffix.</summary>
    public static string Composed(int k) => Prefixes[k % Prefixes.Length] + Suffixes[k / Prefixes.Length % Suffixes.Length];
}
