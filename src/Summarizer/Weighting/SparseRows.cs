namespace Summarizer.Weighting;

/// <summary>
/// Compressed sparse rows: row r holds the column ids <c>ids[offsets[r]..offsets[r + 1]]</c>, ascending, with their values
/// alongside. The one sparse layout of the library: TF-IDF sentence vectors (<see cref="SentenceVectors"/>) and LSA's
/// Boolean term-by-sentence matrix are both sentences by terms in this form.
/// </summary>
internal sealed class SparseRows
{
    private readonly int[] _offsets;
    private readonly int[] _ids;
    private readonly double[] _values;

    /// <summary>Wraps the arrays without copying them.</summary>
    /// <param name="offsets">Row starts, with the end of the last row appended (length: rows + 1).</param>
    /// <param name="ids">Column ids, ascending within each row.</param>
    /// <param name="values">The values, aligned with <paramref name="ids"/>.</param>
    /// <param name="columnCount">The number of columns the ids come from.</param>
    public SparseRows(int[] offsets, int[] ids, double[] values, int columnCount)
    {
        _offsets = offsets;
        _ids = ids;
        _values = values;
        ColumnCount = columnCount;
    }

    /// <summary>The number of rows.</summary>
    public int RowCount => _offsets.Length - 1;

    /// <summary>The number of columns the ids come from.</summary>
    public int ColumnCount { get; }

    /// <summary>The column ids of one row, ascending.</summary>
    public ReadOnlySpan<int> Ids(int row) => _ids.AsSpan(_offsets[row], _offsets[row + 1] - _offsets[row]);

    /// <summary>The values of one row, aligned with <see cref="Ids"/>.</summary>
    public ReadOnlySpan<double> Values(int row) => _values.AsSpan(_offsets[row], _offsets[row + 1] - _offsets[row]);

    /// <summary>Whether a row has no entries.</summary>
    public bool IsEmpty(int row) => _offsets[row] == _offsets[row + 1];

    /// <summary>The dot product of two rows: a linear merge of their ascending ids, summed in id order.</summary>
    public double Dot(int a, int b)
    {
        ReadOnlySpan<int> ia = Ids(a), ib = Ids(b);
        ReadOnlySpan<double> va = Values(a), vb = Values(b);
        double dot = 0;
        int i = 0, j = 0;
        while (i < ia.Length && j < ib.Length)
        {
            int d = ia[i] - ib[j];
            if (d == 0)
                dot += va[i++] * vb[j++];
            else if (d < 0)
                i++;
            else
                j++;
        }

        return dot;
    }

    /// <summary>The dot product of a row with a dense vector indexed by column id.</summary>
    public double Dot(int row, ReadOnlySpan<double> dense)
    {
        ReadOnlySpan<int> ids = Ids(row);
        ReadOnlySpan<double> values = Values(row);
        double dot = 0;
        for (int k = 0; k < ids.Length; k++)
            dot += values[k] * dense[ids[k]];
        return dot;
    }

    /// <summary>The number of column ids two rows share.</summary>
    public int SharedCount(int a, int b)
    {
        ReadOnlySpan<int> ia = Ids(a), ib = Ids(b);
        int shared = 0, i = 0, j = 0;
        while (i < ia.Length && j < ib.Length)
        {
            int d = ia[i] - ib[j];
            if (d == 0)
            {
                shared++;
                i++;
                j++;
            }
            else if (d < 0)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return shared;
    }
}
