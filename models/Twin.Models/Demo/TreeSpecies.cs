namespace Twin.Models.Demo;

/// <summary>
/// A species of the municipal tree register: scientific name, the height it reaches in a Dutch street
/// or park, crown width as a share of height, and how fast the trunk thickens (cm girth per year).
/// </summary>
internal sealed record TreeSpecies(string Name, double MaxHeight, double CrownRatio, double GirthPerYear)
{
    public static TreeSpecies Lime { get; } = new("Tilia x europaea", 28, 0.55, 2.5);

    /// <summary>Avenue trees, weighted by how often Dutch municipalities plant them along streets.</summary>
    public static IReadOnlyList<(TreeSpecies Item, double Weight)> Street { get; } =
    [
        (Lime, 0.22),
        (new("Quercus robur", 28, 0.65, 2.2), 0.16),
        (new("Platanus x hispanica", 28, 0.6, 3.0), 0.14),
        (new("Acer pseudoplatanus", 25, 0.6, 2.5), 0.08),
        (new("Acer platanoides", 20, 0.65, 2.3), 0.08),
        (new("Fraxinus excelsior", 28, 0.55, 2.5), 0.07),
        (new("Betula pendula", 22, 0.45, 2.0), 0.05),
        (new("Aesculus hippocastanum", 25, 0.65, 2.6), 0.06),
        (new("Carpinus betulus", 18, 0.6, 1.8), 0.05),
        (new("Ulmus x hollandica", 25, 0.55, 2.4), 0.04),
        (new("Gleditsia triacanthos", 18, 0.6, 2.2), 0.03),
        (new("Prunus avium", 15, 0.7, 2.0), 0.02),
    ];

    /// <summary>Park and square trees: more beech, oak and the Gooi's pines and birches.</summary>
    public static IReadOnlyList<(TreeSpecies Item, double Weight)> Park { get; } =
    [
        (new("Fagus sylvatica", 28, 0.7, 2.2), 0.16),
        (new("Quercus robur", 28, 0.65, 2.2), 0.18),
        (new("Pinus sylvestris", 24, 0.4, 2.0), 0.12),
        (new("Betula pendula", 22, 0.45, 2.0), 0.1),
        (Lime, 0.1),
        (new("Aesculus hippocastanum", 25, 0.65, 2.6), 0.07),
        (new("Acer pseudoplatanus", 25, 0.6, 2.5), 0.07),
        (new("Carpinus betulus", 18, 0.6, 1.8), 0.06),
        (new("Fraxinus excelsior", 28, 0.55, 2.5), 0.05),
        (new("Alnus glutinosa", 20, 0.5, 2.2), 0.04),
        (new("Sorbus aucuparia", 12, 0.6, 1.6), 0.03),
    ];
}
