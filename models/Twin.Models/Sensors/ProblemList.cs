using System.Collections.Immutable;
using System.Globalization;

namespace Twin.Models.Sensors;

/// <summary>
/// Problems with the first few named and the rest counted: a series of ten thousand bad values
/// should give a readable message, not ten thousand lines.
/// </summary>
internal sealed class ProblemList(int named = 10)
{
    private readonly List<string> _messages = [];
    private int _more;

    public bool IsEmpty => _messages.Count == 0;

    public void Add(string message)
    {
        if (_messages.Count < named)
        {
            _messages.Add(message);
        }
        else
        {
            _more++;
        }
    }

    public ImmutableArray<string> ToImmutable() => _more == 0
        ? [.. _messages]
        : [.. _messages, string.Create(CultureInfo.InvariantCulture, $"... and {_more} more problems of the same kinds")];
}
