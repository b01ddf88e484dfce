using System.Text;

namespace Summarizer.Evaluation;

/// <summary>One of the two fixed halves of an evaluation set, chosen by a hash of each document's id.</summary>
/// <remarks>
/// A weight or threshold tuned on a set and reported on the same set measures the tuning as much as the method.
/// Choosing on one half and reporting on the other keeps the two apart. The half of a document depends on its id
/// alone (FNV-1a over the id's UTF-8 bytes), so it is the same on every machine, in every run, and whatever
/// order or subset of the file is read.
/// </remarks>
public enum DatasetHalf
{
    /// <summary>The documents whose id hashes to an even number.</summary>
    A,

    /// <summary>The documents whose id hashes to an odd number.</summary>
    B,
}

/// <summary>Assigns documents to a <see cref="DatasetHalf"/>.</summary>
public static class DatasetHalves
{
    private const uint FnvOffset = 2166136261;
    private const uint FnvPrime = 16777619;

    /// <summary>The half a document with this id belongs to.</summary>
    /// <param name="id">The document's id.</param>
    /// <returns><see cref="DatasetHalf.A"/> or <see cref="DatasetHalf.B"/>, fixed for the id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public static DatasetHalf Of(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        uint hash = FnvOffset;
        foreach (byte b in Encoding.UTF8.GetBytes(id))
            hash = (hash ^ b) * FnvPrime;
        // FNV-1a's lowest bit is a poor split on its own (it is the parity of the bytes' low bits), so fold the
        // high half in first.
        hash ^= hash >> 16;
        return (hash & 1) == 0 ? DatasetHalf.A : DatasetHalf.B;
    }

    /// <summary>The documents of one half, in their original order.</summary>
    /// <param name="documents">The evaluation set.</param>
    /// <param name="half">The half to keep.</param>
    /// <returns>The documents of <paramref name="half"/>, lazily.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> is null.</exception>
    public static IEnumerable<EvaluationDocument> Select(IEnumerable<EvaluationDocument> documents, DatasetHalf half)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return documents.Where(d => Of(d.Id) == half);
    }
}
