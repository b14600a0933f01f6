using CodeSearch.Indexing.Reference;

namespace CodeSearch.Indexing.Search;

/// <summary>
/// What a query text is read as, kept by <see cref="QueryReadings"/>: the understood query, its words, and the
/// Alphabetic Index default it names, worked out on first use (only word searches without a code match need it).
/// Immutable once the default is known; two threads asking at once both work it out, to the same answer.
/// </summary>
internal sealed class QueryReading(UnderstoodQuery understood, QueryWords? words)
{
    private IndexDefaultCode? _default;
    private bool _defaultKnown;

    public UnderstoodQuery Understood => understood;

    /// <summary>The words of <see cref="UnderstoodQuery.Text"/>; null when it has none.</summary>
    public QueryWords? Words => words;

    /// <summary>
    /// The Table of Neoplasms cell the completed query names when it names a site and a malignant behaviour
    /// (<see cref="NeoplasmDefault"/>), else its Alphabetic Index default (<see cref="AlphabeticDefault"/>), else the
    /// Table of Neoplasms cell it names with a growth word and no malignant one (<c>brain tumor</c>), else the Table of
    /// Drugs and Chemicals cell it names (<see cref="DrugTableDefault"/>), or null.
    /// </summary>
    public IndexDefaultCode? Default(EntrySearcher entries)
    {
        if (Volatile.Read(ref _defaultKnown)) return _default;
        _default = NeoplasmDefault.Find(entries, understood.Completed) ?? AlphabeticDefault.Find(entries, understood.Completed)
                   ?? NeoplasmDefault.FindByGrowth(entries, understood.Completed) ?? DrugTableDefault.Find(entries, understood.Completed);
        Volatile.Write(ref _defaultKnown, true);
        return _default;
    }
}
