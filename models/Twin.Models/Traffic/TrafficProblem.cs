namespace Twin.Models.Traffic;

/// <summary>
/// Something wrong with a traffic input or run, named so a user can find it: the file and line,
/// the link, or the origin-destination pairs concerned.
/// </summary>
/// <param name="Message">What is wrong, with the place (file line, link, OD pair) in words.</param>
/// <param name="Line">The 1-based line of the file, when the problem is in a file.</param>
/// <param name="Link">The 0-based link index, when the problem is a link.</param>
public sealed record TrafficProblem(string Message, int? Line = null, int? Link = null)
{
    public override string ToString() => Message;
}
