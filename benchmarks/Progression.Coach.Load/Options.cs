namespace Progression.Coach.Load;

/// <summary>The command line: how many clients, sessions each, how many clients at once, which host.</summary>
internal sealed record Options(int Clients, int Sessions, int Concurrency, string? HostDll)
{
    public static readonly Options Default = new(Clients: 50, Sessions: 20, Concurrency: 12, HostDll: null);

    public const string Usage =
        "usage: Progression.Coach.Load [--clients N] [--sessions M] [--concurrency K] [--host path/to/Progression.Coach.dll]";

    /// <summary>Reads the arguments; a bad one is a message naming the option, the value and what is allowed.</summary>
    public static Options Parse(IReadOnlyList<string> args)
    {
        var options = Default;
        for (int i = 0; i < args.Count; i++)
        {
            string name = args[i];
            if (i + 1 >= args.Count)
            {
                throw new ArgumentException($"{name} needs a value. {Usage}");
            }

            string value = args[++i];
            options = name switch
            {
                "--clients" => options with { Clients = Positive(name, value) },
                "--sessions" => options with { Sessions = Positive(name, value) },
                "--concurrency" => options with { Concurrency = Positive(name, value) },
                "--host" => options with { HostDll = value },
                _ => throw new ArgumentException($"Unknown option '{name}'. {Usage}"),
            };
        }

        return options;
    }

    private static int Positive(string name, string value) =>
        int.TryParse(value, out int number) && number >= 1
            ? number
            : throw new ArgumentException($"{name} was '{value}'; it takes a whole number of 1 or more.");
}
