using System.Runtime.CompilerServices;
using Summarizer.Embeddings;
using Summarizer.Weighting;

namespace Summarizer.Cli;

/// <summary>
/// The one place the command line touches Summarizer.Embeddings. Kept in its own class and never inlined, so the JIT
/// loads that assembly, ONNX Runtime and the 87 MB model only when --similarity embeddings is given.
/// </summary>
internal static class EmbeddingsLoader
{
    /// <summary>The process-wide MiniLM embedder.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static SentenceEmbedder Embedder() => MiniLmSentenceEmbedder.Shared;
}
