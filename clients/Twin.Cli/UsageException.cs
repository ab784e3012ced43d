namespace Twin.Cli;

/// <summary>A command line that parses but makes no sense (a malformed box, an unknown kind).</summary>
public sealed class UsageException(string message) : Exception(message);
