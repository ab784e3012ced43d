namespace Twin.Silo.Hosting;

/// <summary>How the silo writes its logs to the console.</summary>
public enum LogFormat
{
    Simple,

    /// <summary>One JSON object per line: timestamp, level, category, event id, message and every named value.</summary>
    Json,
}
