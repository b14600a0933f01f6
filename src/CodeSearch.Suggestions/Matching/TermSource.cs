namespace CodeSearch.Suggestions.Matching;

/// <summary>Where a dictionary term comes from; the ranker weighs them differently.</summary>
public enum TermSource
{
    /// <summary>The code's own long description.</summary>
    Description,

    /// <summary>An inclusion term or an Alphabetic Index / External Cause index path leading to the code.</summary>
    Synonym,

    /// <summary>A phrase learned from the CodiEsp train split (Data/learned-terms.tsv).</summary>
    Learned,

    /// <summary>A hand-written guideline phrase (Data/guideline-phrases.tsv): status, long-term drug use, drug
    /// resistance and secondary-site wording. Every word is required.</summary>
    Guideline,

    /// <summary>A site and behaviour read from the note and looked up in the ICD-10-CM Neoplasm Table
    /// (Neoplasms/NeoplasmFinder): not a dictionary term.</summary>
    NeoplasmTable,
    /// <summary>No wording: the code was proposed by the note's nearest train notes (Ranking/NeighbourCandidates);
    /// the mention is the sentence sharing most of the code's topic stems.</summary>
    Neighbour,
    /// <summary>An ICD-10-PCS wording built from its parts (Procedures/ProcedureTerms): a root operation or imaging
    /// word, a body-part label from the release's tables, optionally an approach. Every word is required.</summary>
    Composed,
    /// <summary>No wording of its own: another code of a 3-character category the note's wording found, coded in train
    /// (Recall/CategorySiblings); the mention is the found code's.</summary>
    Sibling,
}
