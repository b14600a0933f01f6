namespace CodeSearch.Core.Vocabulary;

/// <summary>What kind of writing a vocabulary term stands for.</summary>
public enum TermKind
{
    /// <summary>Clinical shorthand: "htn", "afib", "ms".</summary>
    Abbreviation = 1,
    /// <summary>An everyday word or phrase: "high blood pressure", "broken".</summary>
    Lay = 2,
    /// <summary>A disease named after a person where the code titles use the descriptive name.</summary>
    Eponym = 3,
    /// <summary>A procedure's everyday name ("appendectomy") in the words of the ICD-10-PCS tables ("resection appendix").</summary>
    Procedure = 4,
    /// <summary>A brand name of a drug or a supply's everyday name, in the words of the HCPCS descriptions ("toradol" → ketorolac).</summary>
    Product = 5,
}

/// <summary>
/// One term and its readings in the words the code titles use, most likely first (e.g. "ms": multiple sclerosis,
/// mitral stenosis, mental status).
/// </summary>
/// <param name="Term">Lower-case words, one space apart.</param>
/// <param name="Readings">Its meanings, most likely first; search uses the first.</param>
/// <param name="Kind">Kind of the first reading.</param>
/// <param name="Curated">Listed in <c>terms.tsv</c> for search; false for an abbreviation whose reading search takes from
/// the suggestion list (<c>abbreviations.tsv</c>), which search only reads when few code titles hold it as a word.</param>
public sealed record VocabularyTerm(string Term, IReadOnlyList<string> Readings, TermKind Kind, bool Curated = true)
{
    /// <summary>Words of the term.</summary>
    public int WordCount => Term.Count(c => c == ' ') + 1;
}
