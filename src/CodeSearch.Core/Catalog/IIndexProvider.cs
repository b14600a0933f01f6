namespace CodeSearch.Core.Catalog;

/// <summary>Hands out the index generation currently served.</summary>
public interface IIndexProvider
{
    /// <summary>The served generation; throws <see cref="Errors.ServiceNotReadyException"/> until one is open.</summary>
    ICodeIndex Current { get; }

    /// <summary>True once a generation is open.</summary>
    bool IsReady { get; }
}
