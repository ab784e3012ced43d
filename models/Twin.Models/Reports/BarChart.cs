using System.Globalization;
using System.Net;
using System.Text;

namespace Twin.Models.Reports;

/// <summary>A grouped horizontal bar chart (today against the plan) as inline SVG, readable without scripts or fonts from the internet.</summary>
public static class BarChart
{
    private const int LabelWidth = 220;
    private const int BarArea = 420;
    private const int RowHeight = 34;

    public const string TodayColour = "#7a8ca3";
    public const string PlanColour = "#e07b00";

    /// <param name="title">The chart's heading.</param>
    /// <param name="unit">The unit written after each value.</param>
    /// <param name="rows">Label, today's value, the plan's value (same unit).</param>
    public static string Svg(string title, string unit, IReadOnlyList<(string Label, double Today, double Plan)> rows)
    {
        var max = rows.Select(r => Math.Max(Math.Abs(r.Today), Math.Abs(r.Plan))).DefaultIfEmpty(0).Max();
        var scale = max > 0 ? BarArea / max : 0;
        var height = 40 + (rows.Count * RowHeight) + 24;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"{LabelWidth + BarArea + 110}\" height=\"{height}\" aria-label=\"{Encode(title)}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"18\" font-size=\"16\" font-weight=\"bold\">{Encode(title)}</text>");
        for (var i = 0; i < rows.Count; i++)
        {
            var (label, today, plan) = rows[i];
            var y = 32 + (i * RowHeight);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{y + 19}\" font-size=\"14\">{Encode(label)}</text>");
            Bar(svg, y + 2, today, scale, TodayColour, unit);
            Bar(svg, y + 15, plan, scale, PlanColour, unit);
        }

        var legend = 40 + (rows.Count * RowHeight);
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{legend}\" width=\"12\" height=\"12\" fill=\"{TodayColour}\"/><text x=\"{LabelWidth + 16}\" y=\"{legend + 11}\" font-size=\"13\">today / vandaag</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth + 160}\" y=\"{legend}\" width=\"12\" height=\"12\" fill=\"{PlanColour}\"/><text x=\"{LabelWidth + 176}\" y=\"{legend + 11}\" font-size=\"13\">plan</text>");
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static void Bar(StringBuilder svg, int y, double value, double scale, string colour, string unit)
    {
        var width = Math.Max(Math.Abs(value) * scale, 1);
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{y}\" width=\"{width:0.#}\" height=\"12\" fill=\"{colour}\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + width + 6:0.#}\" y=\"{y + 11}\" font-size=\"12\">{Encode(Format(value))} {Encode(unit)}</text>");
    }

    public static string Format(double value) =>
        Math.Abs(value) >= 100 ? value.ToString("N0", CultureInfo.InvariantCulture) : value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
