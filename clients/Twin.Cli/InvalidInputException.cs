namespace Twin.Cli;

/// <summary>A local input file is invalid; the message names the file and the line.</summary>
public sealed class InvalidInputException(string message) : Exception(message);
