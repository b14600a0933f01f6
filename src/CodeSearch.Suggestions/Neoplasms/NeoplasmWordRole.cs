namespace CodeSearch.Suggestions.Neoplasms;

/// <summary>What a word does in neoplasm wording (Data/neoplasm-words.tsv).</summary>
public enum NeoplasmWordRole
{
    /// <summary>Not neoplasm wording.</summary>
    None,

    /// <summary>A head noun that means a primary malignancy ("carcinoma", "cancer").</summary>
    Primary,

    /// <summary>A head noun that means spread to the site ("metastasis").</summary>
    Secondary,

    /// <summary>A head noun that says nothing of the behaviour ("tumor").</summary>
    Unspecified,

    /// <summary>A head noun read as unspecified behaviour, with primary malignant as a weaker second reading
    /// ("neoplasia": in the Spanish usage of translated notes it often means a cancer).</summary>
    Alternative,

    /// <summary>A head noun that means a benign neoplasm ("adenoma").</summary>
    BenignHead,

    /// <summary>"malignant", "primary".</summary>
    Malignant,

    /// <summary>"benign".</summary>
    Benign,

    /// <summary>"in situ".</summary>
    InSitu,

    /// <summary>"uncertain", "borderline".</summary>
    Uncertain,

    /// <summary>"metastatic": secondary for a tumour or lesion; with "carcinoma"/"cancer" only for a site after
    /// "to"/"in" (the guidelines read "metastatic breast cancer" as a breast primary).</summary>
    Metastatic,

    /// <summary>"secondary".</summary>
    SecondaryModifier,

    /// <summary>A noun that may stand between a head and its link ("metastatic disease to the liver").</summary>
    Filler,

    /// <summary>A preposition that attaches a site after the head ("of", "to", "in").</summary>
    Link,

    /// <summary>"from": the site after it is the primary ("metastases from a breast primary").</summary>
    From,

    /// <summary>A word that, right after a head, means the head names no neoplasm ("tumor markers", "tumor board").</summary>
    NotAfter,

    /// <summary>A word that is a site row's title but, in a note, seldom names that site ("cystic tumor" is not the
    /// cystic duct's).</summary>
    NotSite,

    /// <summary>A morphology the Alphabetic Index sends to the Neoplasm Table ("Sarcoma: see also Neoplasm, connective
    /// tissue, malignant"): a head noun whose column, and site when none is stated, come from that pointer
    /// (<see cref="NeoplasmMorphology"/>). Read from the index, never from the word file.</summary>
    Morphology,
}
