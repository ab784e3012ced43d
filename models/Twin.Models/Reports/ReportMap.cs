using System.Globalization;
using System.Net;
using System.Text;
using Twin.Models.Geo;

namespace Twin.Models.Reports;

/// <summary>A map image of the plan area as inline SVG (RD New metres, north up, a scale bar): no tiles from the internet needed.</summary>
public static class ReportMap
{
    private const double PixelWidth = 760;

    public static string Svg(RdEnvelope area, IEnumerable<ReportMapLayer> layers, string caption)
    {
        if (area.IsEmpty || area.Width <= 0 || area.Height <= 0)
        {
            return string.Empty;
        }

        var scale = PixelWidth / area.Width;
        var height = area.Height * scale;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"{PixelWidth:0}\" height=\"{height + 30:0}\" aria-label=\"{Encode(caption)}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<rect width=\"{PixelWidth:0}\" height=\"{height:0}\" fill=\"#f4f1ea\" stroke=\"#999\"/>");
        string X(double x) => ((x - area.MinX) * scale).ToString("0.#", CultureInfo.InvariantCulture);
        string Y(double y) => ((area.MaxY - y) * scale).ToString("0.#", CultureInfo.InvariantCulture);
        string Points(RdLine line) => string.Join(' ', line.Points.Select(p => X(p.X) + "," + Y(p.Y)));
        foreach (var layer in layers)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<g data-layer=\"{Encode(layer.Name)}\">");
            foreach (var shape in layer.Shapes)
            {
                var title = $"<title>{Encode(shape.Title)}</title>";
                if (shape.Polygon is { } polygon)
                {
                    svg.Append(CultureInfo.InvariantCulture, $"<polygon points=\"{Points(polygon.Shell)}\" fill=\"{shape.Colour}\" stroke=\"#555\" stroke-width=\"0.5\">{title}</polygon>");
                }
                else if (shape.Line is { } line)
                {
                    svg.Append(CultureInfo.InvariantCulture, $"<polyline points=\"{Points(line)}\" fill=\"none\" stroke=\"{shape.Colour}\" stroke-width=\"{Math.Max(shape.Width * scale, 1.5):0.#}\" stroke-linecap=\"round\">{title}</polyline>");
                }
                else if (shape.Point is { } point)
                {
                    svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{X(point.X)}\" cy=\"{Y(point.Y)}\" r=\"{Math.Max(shape.Width * scale, 3):0.#}\" fill=\"{shape.Colour}\" stroke=\"#222\" stroke-width=\"0.5\">{title}</circle>");
                }
            }

            svg.Append("</g>");
        }

        var bar = ScaleBarMetres(area.Width);
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"10\" y=\"{height + 10:0}\" width=\"{bar * scale:0.#}\" height=\"6\" fill=\"#222\"/><text x=\"{(bar * scale) + 16:0.#}\" y=\"{height + 18:0}\" font-size=\"12\">{bar} m</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{PixelWidth - 10:0}\" y=\"{height + 18:0}\" font-size=\"12\" text-anchor=\"end\">{Encode(caption)}</text>");
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static int ScaleBarMetres(double width) => width switch
    {
        > 2_000 => 500,
        > 800 => 200,
        > 400 => 100,
        _ => 50,
    };

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
