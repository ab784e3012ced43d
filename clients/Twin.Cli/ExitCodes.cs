namespace Twin.Cli;

/// <summary>What <c>twin</c> returns, for scripts.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The server refused the request (bad input, a limit, an internal error); stderr says why.</summary>
    public const int RequestFailed = 1;

    /// <summary>The command line itself is wrong.</summary>
    public const int Usage = 2;

    /// <summary>No server answered at the address.</summary>
    public const int Unreachable = 3;

    /// <summary>The entity asked for does not exist.</summary>
    public const int NotFound = 4;

    /// <summary>A local input file is invalid (a malformed line, a bad link, OD pairs without a path); stderr names it.</summary>
    public const int InvalidInput = 5;
}
