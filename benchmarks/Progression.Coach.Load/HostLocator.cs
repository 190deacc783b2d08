namespace Progression.Coach.Load;

/// <summary>Finds the coach host's build output beside this program's, in the same configuration.</summary>
internal static class HostLocator
{
    public static string BuiltHostDll()
    {
        // This program runs from benchmarks/Progression.Coach.Load/bin/<Configuration>/net10.0/.
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        string framework = output.Name;
        string configuration = output.Parent?.Name ?? "Release";
        for (var directory = output; directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Progression.sln")))
            {
                string dll = Path.Combine(directory.FullName, "samples", "Progression.Coach", "bin", configuration, framework, "Progression.Coach.dll");
                return File.Exists(dll)
                    ? dll
                    : throw new FileNotFoundException(
                        $"The coach host is not built at {dll}: run `dotnet build samples/Progression.Coach -c {configuration}` or pass --host.", dll);
            }
        }

        throw new DirectoryNotFoundException($"No Progression.sln above {output.FullName}: pass --host path/to/Progression.Coach.dll.");
    }
}
