using System.Diagnostics;
using System.Net.Sockets;

namespace Twin.Testing;

/// <summary>Starting and stopping the real services the tests run beside a silo (Redis, Azurite): a process that listens on a loopback port.</summary>
public static class ListeningProcess
{
    /// <summary>Starts the process and waits until it accepts connections on the port; kills it and throws when it does not.</summary>
    public static async Task<Process> StartAsync(ProcessStartInfo start, int port, string name)
    {
        start.UseShellExecute = false;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        var process = Process.Start(start)!;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        for (var attempt = 0; attempt < 200 && !process.HasExited; attempt++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", port);
                return process;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        await StopAsync(process, null);
        throw new InvalidOperationException($"{name} did not listen on port {port}");
    }

    /// <summary>Kills the process and deletes its throwaway directory.</summary>
    public static async Task StopAsync(Process process, string? directory)
    {
        if (!process.HasExited)
        {
            process.Kill();
            await process.WaitForExitAsync();
        }

        process.Dispose();
        if (directory is not null)
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
