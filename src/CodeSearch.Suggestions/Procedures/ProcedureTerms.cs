namespace CodeSearch.Suggestions.Procedures;

/// <summary>
/// Builds ICD-10-PCS wordings from their parts, so a procedure no train note names can still be found: for each body
/// part of each table (<see cref="PcsTables"/>), each wording of its root operation or imaging type
/// (<see cref="ProcedureWords"/>) joined with the body-part label (or a lay form of it) gives a term for the body part's
/// usual code ("biopsy" + "liver" → 0FB03ZX, "CT" + "abdomen" → BW20ZZZ). One-word procedures ("cholecystectomy") stand
/// for operation and body part together. For each usual code, the code under each approach of its body part is kept
/// in a <see cref="PcsApproachMap"/>, so a stated approach refines it ("laparoscopic cholecystectomy" → 0FT44ZZ).
/// </summary>
public static class ProcedureTerms
{
    /// <summary>Terms for every body part of <paramref name="tables"/> that <paramref name="words"/> name, deduplicated,
    /// and the approach codes of their usual codes.</summary>
    public static ComposedProcedures Compose(PcsTables tables, ProcedureWords words)
    {
        var operations = words.OfKind(ProcedureWordKind.Operation).ToLookup(w => w.Operation, StringComparer.OrdinalIgnoreCase);
        var procedures = words.OfKind(ProcedureWordKind.Procedure).ToList();
        var approachWords = words.OfKind(ProcedureWordKind.Approach).ToList();
        var layForms = words.OfKind(ProcedureWordKind.BodyPart).ToList();
        var terms = new List<ComposedTerm>();
        var approaches = new Dictionary<string, IReadOnlyList<(string[] Label, string Code)>>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);

        foreach (var part in tables.BodyParts)
        {
            var label = string.Join(' ', part.Label);
            foreach (var op in operations[part.Operation])
            {
                foreach (var body in LabelForms(part, layForms))
                {
                    Add(part, op.Stems.Concat(body), [], op.Qualifier, $"{op.Phrase} + {label}");
                }
            }
            foreach (var proc in procedures.Where(p => string.Equals(p.Operation, part.Operation, StringComparison.OrdinalIgnoreCase)
                                                       && SameSet(p.BodyPart, part.Label)))
            {
                Add(part, proc.Stems, proc.Approach, proc.Qualifier, proc.Phrase);
            }
        }
        return new ComposedProcedures(terms, new PcsApproachMap(approaches, approachWords));

        // The body part's usual code (under the usual approach when one is given and exists), and once per usual code the
        // code under each approach of the body part.
        void Add(PcsBodyPart part, IEnumerable<string> stems, string[] usualApproach, string[] qualifier, string text)
        {
            var usual = usualApproach.Length == 0 ? null : part.Approaches.FirstOrDefault(a => SameSet(a.Label, usualApproach));
            if (tables.Pick(part, usual, qualifier) is not { } code) return;
            var distinct = stems.Distinct(StringComparer.Ordinal).ToArray();
            if (seen.Add(code + "|" + string.Join(' ', distinct.Order(StringComparer.Ordinal)))) terms.Add(new ComposedTerm(distinct, code, text));
            if (approaches.ContainsKey(code)) return;
            approaches[code] = part.Approaches.Where(a => a.Label.Length > 0)
                .Select(a => (a.Label, Code: tables.Pick(part, a, qualifier)))
                .Where(a => a.Code is not null)
                .Select(a => (a.Label, a.Code!)).ToList();
        }
    }

    // Imaging sections: a label naming both sides ("Bilateral Kidneys") is also read without the side word, since an
    // imaging report rarely states it ("renal ultrasound" → ultrasonography of bilateral kidneys).
    private const char ImagingSection = 'B';

    // Most forms one label yields: lay forms combine (each replaces its own label words), so a label of three words
    // with lay forms for each stays small, but a long label with many lay forms is cut off here.
    private const int MaxLabelForms = 16;

    // The label's stems, and every label with one or more of its words replaced by lay forms whose label words it holds
    // ("abdomen", "pelvis" → also "abdominopelv"; "abdomin", "pelvis"; "abdomin", "pelvic"). Imaging labels with
    // "bilateral" also without it.
    internal static IEnumerable<string[]> LabelForms(PcsBodyPart part, List<ProcedureWord> layForms)
    {
        var forms = new List<string[]> { part.Label };
        if (part.Prefix[0] == ImagingSection && part.Label.Contains(Bilateral) && part.Label.Any(w => w != Bilateral && !PcsTables.Generic.Contains(w)))
        {
            forms.Add(part.Label.Where(w => w != Bilateral).ToArray());
        }
        foreach (var lay in layForms)
        {
            var count = forms.Count;
            for (var i = 0; i < count && forms.Count < MaxLabelForms; i++)
            {
                if (lay.BodyPart.All(forms[i].Contains)) forms.Add(forms[i].Except(lay.BodyPart).Concat(lay.Stems).ToArray());
            }
        }
        return forms;
    }

    private static readonly string Bilateral = Matching.Stemmer.Stem("bilateral");

    internal static bool SameSet(string[] a, string[] b) => a.Length == b.Length && a.All(b.Contains);
}
