using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Summarizer.Extensions.DependencyInjection;

/// <summary>Registers the summarizer with a service collection.</summary>
/// <example>
/// <code>
/// services.Configure&lt;SummarizerOptions&gt;(configuration.GetSection(SummarizerOptions.SectionName));
/// services.AddSummarizer(builder => builder.UseRedundancyFilter(maxSimilarity: 0.4));
/// // later: ISummarizer summarizer = provider.GetRequiredService&lt;ISummarizer&gt;();
/// </code>
/// </example>
public static class SummarizerServiceCollectionExtensions
{
    /// <summary>
    /// Registers one <see cref="SummarizerPipeline"/> for the application's lifetime (a singleton: it is immutable and
    /// thread-safe), also as <see cref="ISummarizer"/>. It is built from <see cref="SummarizerOptions"/> (language,
    /// algorithm, corpus IDF) and then <paramref name="configurePipeline"/>, which can set anything the builder offers
    /// and wins over the options. Calling this again adds its configuration to the same single pipeline.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configurePipeline">Further configuration of the pipeline; null for none.</param>
    /// <returns><paramref name="services"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddSummarizer(this IServiceCollection services, Action<SummarizerPipelineBuilder>? configurePipeline = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<SummarizerOptions>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SummarizerOptions>, SummarizerOptionsValidator>());
        if (configurePipeline is not null)
            services.Configure<PipelineConfiguration>(c => c.Steps.Add(configurePipeline));

        services.TryAddSingleton(provider =>
        {
            SummarizerOptions options = provider.GetRequiredService<IOptions<SummarizerOptions>>().Value; // validates
            SummarizerPipelineBuilder builder = PipelineFactory.CreateBuilder(options);
            foreach (Action<SummarizerPipelineBuilder> step in provider.GetRequiredService<IOptions<PipelineConfiguration>>().Value.Steps)
                step(builder);
            try
            {
                return builder.Build();
            }
            catch (Exception e) when (e is ArgumentException or InvalidDataException)
            {
                throw new InvalidOperationException($"The summarizer could not be built from its options and configuration: {e.Message}", e);
            }
        });
        services.TryAddSingleton<ISummarizer>(provider => provider.GetRequiredService<SummarizerPipeline>());
        return services;
    }

    /// <summary>
    /// Registers the summarizer as <see cref="AddSummarizer(IServiceCollection, Action{SummarizerPipelineBuilder})"/>
    /// does, with <paramref name="configureOptions"/> applied to <see cref="SummarizerOptions"/> (after any binding
    /// from configuration registered before it).
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configureOptions">Sets the options.</param>
    /// <param name="configurePipeline">Further configuration of the pipeline; null for none.</param>
    /// <returns><paramref name="services"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="configureOptions"/> is null.</exception>
    public static IServiceCollection AddSummarizer(this IServiceCollection services, Action<SummarizerOptions> configureOptions, Action<SummarizerPipelineBuilder>? configurePipeline = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configureOptions);
        services.Configure(configureOptions);
        return services.AddSummarizer(configurePipeline);
    }

    /// <summary>The pipeline configuration steps of every <c>AddSummarizer</c> call, in order.</summary>
    private sealed class PipelineConfiguration
    {
        public List<Action<SummarizerPipelineBuilder>> Steps { get; } = [];
    }
}
