namespace Summarizer.Evaluation;

/// <summary>A system's summary of one document of an evaluation set, matched to the document by id.</summary>
public sealed class EvaluationPrediction
{
    /// <summary>Creates a prediction.</summary>
    /// <param name="id">The id of the document it summarizes.</param>
    /// <param name="summary">The summary, one sentence a line for ROUGE-Lsum.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="summary"/> is null.</exception>
    public EvaluationPrediction(string id, string summary)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(summary);
        Id = id;
        Summary = summary;
    }

    /// <summary>The id of the document it summarizes.</summary>
    public string Id { get; }

    /// <summary>The summary, one sentence a line (a list of sentences in the file is joined with <c>'\n'</c>).</summary>
    public string Summary { get; }
}
