using System.Globalization;

namespace Twin.Benchmarks;

/// <summary>Resident and peak resident memory of a process, from /proc (Linux).</summary>
public sealed record ProcessMemory(long ResidentBytes, long PeakResidentBytes)
{
    public static ProcessMemory Of(int processId)
    {
        long Read(string key)
        {
            var line = File.ReadLines($"/proc/{processId}/status").First(l => l.StartsWith(key + ":", StringComparison.Ordinal));
            var kilobytes = line[(key.Length + 1)..].Trim().Split(' ')[0];
            return long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
        }

        return new ProcessMemory(Read("VmRSS"), Read("VmHWM"));
    }
}
