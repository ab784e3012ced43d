namespace Twin.Testing;

/// <summary>Starting Redis from a test: skipped where redis-server is missing, failed instead under CI=true.</summary>
public sealed partial class RedisProcess
{
    /// <summary>Starts Redis, or skips the test (fails it under CI=true) when redis-server is not installed.</summary>
    public static Task<RedisProcess> StartAsync()
    {
        if (Missing is { } reason)
        {
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail(reason);
            }

            Assert.Skip(reason);
        }

        return LaunchAsync();
    }
}
