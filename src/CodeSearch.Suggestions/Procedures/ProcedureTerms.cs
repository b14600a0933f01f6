namespace CodeSearch.Suggestions.Procedures;

/// <summary>
/// Builds ICD-10-PCS wordings from their parts, so a procedure no train note names can still be found: for each body
/// part of each table (<see cref="PcsTables"/>), each wording of its root operation or imaging type
/// (<see cref="ProcedureWords"/>) joined with the body-part label (or a lay form of it) gives a term for the body part's
/// usual code ("biopsy" + "liver" → 0FB03ZX, "CT" + "abdomen" → BW20ZZZ); adding an approach's words gives the code under
/// that approach ("laparoscopic" + "removal" + "gallbladder" → 0FT44ZZ). One-word procedures ("cholecystectomy") stand
/// for operation and body part together.
/// </summary>
public static class ProcedureTerms
{
    /// <summary>Terms for every body part of <paramref name="tables"/> that <paramref name="words"/> name, deduplicated.</summary>
    public static List<ComposedTerm> Compose(PcsTables tables, ProcedureWords words)
    {
        var operations = words.OfKind(ProcedureWordKind.Operation).ToLookup(w => w.Operation, StringComparer.OrdinalIgnoreCase);
        var procedures = words.OfKind(ProcedureWordKind.Procedure).ToList();
        var approaches = words.OfKind(ProcedureWordKind.Approach).ToList();
        var layForms = words.OfKind(ProcedureWordKind.BodyPart).ToList();
        var terms = new List<ComposedTerm>();
        var seen = new HashSet<string>(StringComparer.Ordinal);

        foreach (var part in tables.BodyParts)
        {
            var label = string.Join(' ', part.Label);
            foreach (var op in operations[part.Operation])
            {
                foreach (var body in LabelForms(part.Label, layForms))
                {
                    AddPart(part, op.Stems.Concat(body), [], op.Qualifier, $"{op.Phrase} + {label}");
                }
            }
            foreach (var proc in procedures.Where(p => string.Equals(p.Operation, part.Operation, StringComparison.OrdinalIgnoreCase)
                                                       && SameSet(p.BodyPart, part.Label)))
            {
                AddPart(part, proc.Stems, proc.Approach, proc.Qualifier, proc.Phrase);
            }
        }
        return terms;

        // The body part's usual code (under the usual approach when one is given and exists), and one code per approach
        // the words name.
        void AddPart(PcsBodyPart part, IEnumerable<string> stems, string[] usualApproach, string[] qualifier, string text)
        {
            var stemList = stems.ToArray();
            var usual = usualApproach.Length == 0 ? null : part.Approaches.FirstOrDefault(a => SameSet(a.Label, usualApproach));
            if (tables.Pick(part, usual, qualifier) is { } code) Add(code, stemList, text);
            foreach (var approach in approaches)
            {
                if (part.Approaches.FirstOrDefault(a => SameSet(a.Label, approach.Approach)) is not { } at) continue;
                if (tables.Pick(part, at, qualifier) is { } c) Add(c, stemList.Concat(approach.Stems), $"{approach.Phrase} {text}");
            }
        }

        void Add(string code, IEnumerable<string> stems, string text)
        {
            var distinct = stems.Distinct(StringComparer.Ordinal).ToArray();
            if (seen.Add(code + "|" + string.Join(' ', distinct.Order(StringComparer.Ordinal)))) terms.Add(new ComposedTerm(distinct, code, text));
        }
    }

    // The label's stems, and for each lay form whose label words the label holds, the label with those words replaced by
    // the lay form's ("abdomen", "pelvis" → also "abdominopelv"; "abdomin", "pelvis").
    private static IEnumerable<string[]> LabelForms(string[] label, List<ProcedureWord> layForms)
    {
        yield return label;
        foreach (var lay in layForms)
        {
            if (lay.BodyPart.All(label.Contains)) yield return label.Except(lay.BodyPart).Concat(lay.Stems).ToArray();
        }
    }

    private static bool SameSet(string[] a, string[] b) => a.Length == b.Length && a.All(b.Contains);
}
