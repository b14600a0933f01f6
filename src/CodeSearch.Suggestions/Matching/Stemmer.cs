using System.Collections.Concurrent;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace CodeSearch.Suggestions.Matching;

/// <summary>
/// Reduces a folded word to the form the matcher compares: Snowball English stem (fractures → fractur), with a few
/// clinical spelling variants folded first (Roman numerals in "type II", British "-aemia"/"oedema"). Words ending in
/// "-itis" are kept whole: Snowball strips "-itis" to the organ's stem, which made "sinus" match "sinusitis" and
/// "pancreatic" match "pancreatitis". Thread-safe; stems are cached.
/// </summary>
public static class Stemmer
{
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    private const int MaxCached = 200_000;
    private static int _cached;

    [ThreadStatic] private static EnglishStemmer? _stemmer;

    private static readonly Dictionary<string, string> Variants = new(StringComparer.Ordinal)
    {
        ["ii"] = "2", ["iii"] = "3", ["iv"] = "4",
        ["oedema"] = "edema", ["haemorrhage"] = "hemorrhage", ["anaemia"] = "anemia", ["tumour"] = "tumor",
        ["oesophagus"] = "esophagus", ["oesophageal"] = "esophageal", ["faeces"] = "feces", ["haematoma"] = "hematoma",
        ["leukaemia"] = "leukemia", ["diarrhoea"] = "diarrhea", ["foetal"] = "fetal", ["paediatric"] = "pediatric",
        ["kidneys"] = "kidney", ["renal"] = "kidney", ["hepatic"] = "liver", ["pulmonary"] = "lung",
        ["cardiac"] = "heart", ["cerebral"] = "brain", ["gastric"] = "stomach", ["ocular"] = "eye",
        ["neoplasm"] = "tumor", ["neoplasms"] = "tumor", ["tumors"] = "tumor", ["tumours"] = "tumor",
        ["carcinoma"] = "carcinoma", ["malignancy"] = "malignant",
        // Body-part adjectives read as their noun, as renal/kidney above: notes say "femoral diaphysis fracture",
        // "cerebellar hematoma", "splenic" where descriptions say femur, cerebellum, spleen (and the reverse).
        ["femoral"] = "femur", ["humeral"] = "humerus", ["vertebral"] = "vertebra", ["vertebrae"] = "vertebra",
        ["cerebellar"] = "cerebellum", ["splenic"] = "spleen", ["ureteral"] = "ureter", ["ureteric"] = "ureter",
        ["urethral"] = "urethra", ["ovarian"] = "ovary", ["uterine"] = "uterus", ["testicular"] = "testis",
        ["testicle"] = "testis", ["testicles"] = "testis", ["bronchial"] = "bronchus", ["tracheal"] = "trachea",
        ["laryngeal"] = "larynx", ["duodenal"] = "duodenum", ["colonic"] = "colon", ["cutaneous"] = "skin",
        ["osseous"] = "bone", ["mammary"] = "breast", ["lingual"] = "tongue", ["palpebral"] = "eyelid",
        ["retinal"] = "retina", ["corneal"] = "cornea", ["conjunctival"] = "conjunctiva", ["aortic"] = "aorta",
        ["pancreatic"] = "pancreas", ["prostatic"] = "prostate", ["nauseous"] = "nausea", ["nauseated"] = "nausea",
        ["diaphysis"] = "shaft", ["diaphyseal"] = "shaft", ["plagiocephalia"] = "plagiocephaly",
    };

    // British "ae" spellings of Greek "-aem-" and "haem-" words the table above does not list ("hyperglycaemia",
    // "septicaemia", "haematuria") read as the American form.
    private static string British(string word) =>
        word.Contains("aem", StringComparison.Ordinal) ? word.Replace("aem", "em", StringComparison.Ordinal) : word;

    /// <summary>The stem of a folded (lower-case ASCII) word.</summary>
    public static string Stem(string word)
    {
        if (Cache.TryGetValue(word, out var cached)) return cached;
        var variant = Variants.GetValueOrDefault(word, British(word));
        string stem;
        if (variant.Length <= 3 || variant.Any(char.IsDigit) || variant.EndsWith("itis", StringComparison.Ordinal))
        {
            stem = variant;
        }
        else
        {
            var stemmer = _stemmer ??= new EnglishStemmer();
            stemmer.SetCurrent(variant);
            stemmer.Stem();
            stem = stemmer.Current;
        }
        // Counted here: ConcurrentDictionary.Count takes every lock of the table, which made each miss cost more
        // than stemming (every new word of a note is one).
        if (Volatile.Read(ref _cached) < MaxCached && Cache.TryAdd(word, stem)) Interlocked.Increment(ref _cached);
        return stem;
    }
}
