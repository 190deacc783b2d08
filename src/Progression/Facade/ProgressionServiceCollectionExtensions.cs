using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Progression;

/// <summary>Registers the progression engine with a host's service collection.</summary>
public static class ProgressionServiceCollectionExtensions
{
    /// <summary>
    /// Builds one <see cref="ProgressionEngine"/> now (so bad configuration fails at start-up) and
    /// registers it as the singleton <see cref="ProgressionEngine"/> and <see cref="IProgressionEngine"/>.
    /// Calling it again keeps the first registration.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Changes to the policy, catalog or rules; <see langword="null"/> for the defaults.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ProgressionConfigurationException">The configuration is invalid.</exception>
    public static IServiceCollection AddProgression(this IServiceCollection services, Action<ProgressionEngineBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Any(d => d.ServiceType == typeof(ProgressionEngine)))
        {
            return services;
        }

        var builder = ProgressionEngine.CreateBuilder();
        configure?.Invoke(builder);
        var engine = builder.Build();
        services.TryAddSingleton(engine);
        services.TryAddSingleton<IProgressionEngine>(engine);
        return services;
    }
}
