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
    /// <summary>
    /// The abbreviation of a family of numbered disease types ("cmt": Charcot-Marie-Tooth disease), read alone and also
    /// when the type's number follows in the same word ("cmt2a" → charcot marie tooth type 2a).
    /// </summary>
    Series = 6,
    /// <summary>
    /// A clinical name the code titles write in other clinical words ("nonsyndromic deafness" → sensorineural hearing
    /// loss bilateral, "mental retardation" → intellectual disability, "microphthalmia" → microphthalmos).
    /// </summary>
    Synonym = 7,
}

/// <summary>
/// One term and its readings in the words the code titles use, most likely first (e.g. "ms": multiple sclerosis,
/// mitral stenosis, mental status), each with the context words that choose it ("murmur", "valve" for mitral stenosis).
/// </summary>
/// <param name="Term">Lower-case words, one space apart.</param>
/// <param name="Readings">Its meanings, most likely first; search uses the first unless another fits the query's other words.</param>
/// <param name="Kind">Kind of the first reading.</param>
/// <param name="Curated">Listed in <c>terms.tsv</c> for search; false for an abbreviation whose reading search takes from
/// the suggestion list (<c>abbreviations.tsv</c>), which search only reads when few code titles hold it as a word.</param>
/// <param name="Contexts">Per reading (same order), the words that choose it when they stand elsewhere in the query;
/// null or an empty list for none.</param>
public sealed record VocabularyTerm(string Term, IReadOnlyList<string> Readings, TermKind Kind, bool Curated = true,
    IReadOnlyList<IReadOnlyList<string>>? Contexts = null)
{
    /// <summary>
    /// True when the first reading is the term itself: the words are kept as written unless a context word chooses
    /// another reading ("as" → aortic stenosis only beside "valve", "murmur" …).
    /// </summary>
    public bool ReadsAsWritten => Readings[0] == Term;

    /// <summary>Words of the term.</summary>
    public int WordCount => Term.Count(c => c == ' ') + 1;

    /// <summary>
    /// The reading that fits <paramref name="otherWords"/> (the query's other words, lower case): the first reading
    /// one of whose context words is among them (a final "s" aside: "murmurs" for "murmur"), else the first reading.
    /// "ms murmur" reads mitral stenosis, "ms relapse" multiple sclerosis.
    /// </summary>
    public string ReadingAmong(IReadOnlyCollection<string> otherWords)
    {
        if (Contexts is null || otherWords.Count == 0) return Readings[0];
        for (var r = 0; r < Readings.Count && r < Contexts.Count; r++)
        {
            if (Contexts[r].Any(c => otherWords.Any(w => w == c || (w.Length > c.Length && w == c + "s")))) return Readings[r];
        }
        return Readings[0];
    }
}
