using System.Globalization;

namespace Progression.Demo;

/// <summary>Which pain model the demo's engine runs (the two presets of <see cref="ProgressionPolicy"/>).</summary>
internal enum PainPolicyChoice
{
    Strict,
    Monitoring,
}

/// <summary>The demo's command line, parsed by hand: seven options do not need a parser package.</summary>
internal sealed record DemoOptions
{
    public const int MinWeeks = 1;
    public const int MaxWeeks = 52;

    public static readonly string[] ClientChoices = ["desk", "knee", "redflag", "all"];

    public string Client { get; init; } = "all";

    public int Weeks { get; init; } = 8;

    public PainPolicyChoice PainPolicy { get; init; } = PainPolicyChoice.Strict;

    public int Seed { get; init; } = 42;

    /// <summary>Every plan, every reported set with its verdict, and every decision with all its reasons.</summary>
    public bool Verbose { get; init; }

    /// <summary>Where the charts go: a folder the user can find, relative to the current directory.</summary>
    public string OutputDirectory { get; init; } = "demo-output";

    public bool ShowHelp { get; init; }

    public static string Usage =>
        """
        Progression demo: three simulated clients over several weeks of a lower-back program.

        Usage: dotnet run --project samples/Progression.Demo -- [options]

        Options:
          --client desk|knee|redflag|all   which client to follow (default: all)
                                             desk     Maya, a quadriceps-dominant desk worker
                                             knee     Tomás, who lifts: a load step, knee pain, a deload
                                             redflag  Priya, referred in week 4 and cleared in week 5
          --weeks N                        weeks to simulate, 1-52 (default: 8)
          --pain-policy strict|monitoring  strict: any joint pain stops the exercise (default)
                                           monitoring: pain-monitoring model, 0-2 fine, 3-5 holds, >5 stops
          --seed N                         seed for the simulated reports, any integer (default: 42)
          --verbose                        every plan, every reported set and verdict, every reason
          --out DIR                        where the charts are written (default: ./demo-output)
          --help                           show this help

        Output is plain text, 120 columns wide, when redirected or when CI=true or NO_COLOR is set.
        """;

    /// <summary>Parses the arguments; on a bad option returns the message to show (and the caller exits with 2).</summary>
    public static (DemoOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        var options = new DemoOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];

            // Accept both "--weeks 4" and "--weeks=4".
            string? inline = null;
            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            if (arg.StartsWith("--", StringComparison.Ordinal) && equals > 0)
            {
                inline = arg[(equals + 1)..];
                arg = arg[..equals];
            }

            if (arg is "--help" or "-h" or "-?")
            {
                options = options with { ShowHelp = true };
                continue;
            }

            if (arg is "--verbose" or "-v")
            {
                options = options with { Verbose = true };
                continue;
            }

            if (arg is not ("--client" or "--weeks" or "--pain-policy" or "--seed" or "--out"))
            {
                return (null,
                    $"Unknown option '{args[i]}'. Allowed: --client, --weeks, --pain-policy, --seed, --verbose, --out, --help.");
            }

            var value = inline ?? (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : null);
            if (string.IsNullOrEmpty(value))
            {
                return (null, $"Option {arg} needs a value. {Allowed(arg)}");
            }

            switch (arg)
            {
                case "--client":
                    var client = value.ToLowerInvariant();
                    if (!ClientChoices.Contains(client))
                    {
                        return (null, $"Option --client does not accept '{value}'. {Allowed(arg)}");
                    }

                    options = options with { Client = client };
                    break;

                case "--weeks":
                    if (!int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var weeks) || weeks is < MinWeeks or > MaxWeeks)
                    {
                        return (null, $"Option --weeks does not accept '{value}'. {Allowed(arg)}");
                    }

                    options = options with { Weeks = weeks };
                    break;

                case "--pain-policy":
                    PainPolicyChoice? policy = value.ToLowerInvariant() switch
                    {
                        "strict" => PainPolicyChoice.Strict,
                        "monitoring" => PainPolicyChoice.Monitoring,
                        _ => null,
                    };
                    if (policy is null)
                    {
                        return (null, $"Option --pain-policy does not accept '{value}'. {Allowed(arg)}");
                    }

                    options = options with { PainPolicy = policy.Value };
                    break;

                case "--out":
                    if (value.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
                    {
                        return (null, $"Option --out does not accept '{value}'. {Allowed(arg)}");
                    }

                    options = options with { OutputDirectory = value };
                    break;

                case "--seed":
                    if (!int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed))
                    {
                        return (null, $"Option --seed does not accept '{value}'. {Allowed(arg)}");
                    }

                    options = options with { Seed = seed };
                    break;
            }
        }

        return (options, null);
    }

    private static string Allowed(string option) => option switch
    {
        "--client" => $"Allowed: {string.Join(", ", ClientChoices)}.",
        "--weeks" => $"Allowed: a whole number from {MinWeeks} to {MaxWeeks}.",
        "--pain-policy" => "Allowed: strict, monitoring.",
        "--out" => "Allowed: a folder path (it is created if missing).",
        _ => "Allowed: a whole number (for example 42).",
    };
}
