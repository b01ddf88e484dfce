namespace Summarizer.Evaluation;

/// <summary>One document of an evaluation set: its text and the human reference summaries.</summary>
public sealed class EvaluationDocument
{
    /// <summary>Creates a document.</summary>
    /// <param name="id">The document's identifier, unique within its set.</param>
    /// <param name="text">The full text to summarize.</param>
    /// <param name="summaries">The reference summaries; copied, so later changes to the list do not show.</param>
    /// <param name="title">The title, when the set has one.</param>
    /// <param name="category">The category (such as a news section), when the set has one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/>, <paramref name="text"/> or <paramref name="summaries"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="summaries"/> holds a null.</exception>
    public EvaluationDocument(string id, string text, IReadOnlyList<string> summaries, string? title = null, string? category = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(summaries);

        string[] copy = new string[summaries.Count];
        for (int i = 0; i < copy.Length; i++)
            copy[i] = summaries[i] ?? throw new ArgumentException($"Summary {i} is null.", nameof(summaries));

        Id = id;
        Text = text;
        Summaries = Array.AsReadOnly(copy);
        Title = title;
        Category = category;
    }

    /// <summary>The document's identifier, unique within its set.</summary>
    public string Id { get; }

    /// <summary>The full text to summarize.</summary>
    public string Text { get; }

    /// <summary>The human reference summaries (possibly none).</summary>
    public IReadOnlyList<string> Summaries { get; }

    /// <summary>The title, or null when the set has none.</summary>
    public string? Title { get; }

    /// <summary>The category, or null when the set has none.</summary>
    public string? Category { get; }
}
