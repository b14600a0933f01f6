namespace CodeSearch.Evaluation.Data;

/// <summary>What an evaluation file holds, which decides the metrics run on it.</summary>
public enum DatasetKind
{
    /// <summary>Clinical notes with the codes a coder assigned (CodiEsp): MAP, P/R/F1, calibration, throughput.</summary>
    Notes = 1,
    /// <summary>Short phrases (disease names) with their codes (Disease Ontology): top-1 and top-5 accuracy.</summary>
    Phrases = 2,
}
