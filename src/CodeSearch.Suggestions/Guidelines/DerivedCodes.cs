using CodeSearch.Suggestions.Data;
using CodeSearch.Suggestions.Matching;
using CodeSearch.Suggestions.Pipeline;
using CodeSearch.Suggestions.Ranking;
using AssertionKind = CodeSearch.Suggestions.Assertion.AssertionKind;

namespace CodeSearch.Suggestions.Guidelines;

/// <summary>
/// Codes the ICD-10-CM Official Guidelines assign from what the note says about other codes (Data/derived-codes.tsv):
/// family-history mentions become Z80-Z84, historical mentions of conditions that are gone become Z85-Z87, and
/// conditions the classification combines become the combination code (hypertension with heart failure → I11.0).
/// A derived code is a candidate of its own, scored by the ranker like any other; its mentions are those of the codes
/// it was derived from, asserted <see cref="AssertionKind.Present"/> (the history is a present fact). Negated mentions
/// never derive anything.
/// </summary>
public sealed class DerivedCodes
{
    /// <summary>The embedded file's name.</summary>
    public const string FileName = "derived-codes.tsv";

    private static readonly Lazy<DerivedCodes> Embedded = new(() =>
    {
        using var reader = EmbeddedData.Open(FileName);
        return Read(reader);
    });

    private DerivedCodes(IReadOnlyList<DerivedRule> rules) => Rules = rules;

    /// <summary>The embedded rules.</summary>
    public static DerivedCodes Default => Embedded.Value;

    /// <summary>No rules.</summary>
    public static DerivedCodes None { get; } = new([]);

    /// <summary>The rules in file order.</summary>
    public IReadOnlyList<DerivedRule> Rules { get; }

    /// <summary>Reads the rules.</summary>
    public static DerivedCodes Read(TextReader reader)
    {
        var rules = new List<DerivedRule>();
        foreach (var row in TsvTable.Read(reader, FileName, ["kind", "when", "code", "notes"], 3))
        {
            var kind = row.Fields[0] switch
            {
                "family" => DerivedRuleKind.Family,
                "history" => DerivedRuleKind.History,
                "combination" => DerivedRuleKind.Combination,
                _ => throw new DataFileException(FileName, row.LineNumber, "kind must be family, history or combination"),
            };
            var groups = row.Fields[1].Split('+').Select(g => g.Split(',').Select(Undotted).Where(p => p.Length > 0).ToArray()).ToList();
            if (groups.Any(g => g.Length == 0)) throw new DataFileException(FileName, row.LineNumber, "an empty prefix group in 'when'");
            if (kind != DerivedRuleKind.Combination && groups.Count != 1)
                throw new DataFileException(FileName, row.LineNumber, "only combination rules take '+' groups");
            if (kind == DerivedRuleKind.Combination && groups.Count < 2)
                throw new DataFileException(FileName, row.LineNumber, "a combination needs at least two '+' groups");
            rules.Add(new DerivedRule(kind, groups, Undotted(row.Fields[2]), row.Fields.Length > 3 ? row.Fields[3] : ""));
        }
        return new DerivedCodes(rules);
    }

    private static string Undotted(string code) => code.Trim().Replace(".", "", StringComparison.Ordinal).ToUpperInvariant();

    /// <summary>
    /// The candidates with the derived ones added (a derived code already among the candidates gets the new
    /// mentions and is marked derived).
    /// </summary>
    public List<CodeCandidate> Apply(List<CodeCandidate> candidates, TermDictionary dictionary, Assertion.ChronicConditions chronic)
    {
        if (Rules.Count == 0 || dictionary.System != Core.CodeSystemId.Icd10Cm || candidates.Count == 0) return candidates;
        var derived = new Dictionary<string, (DerivedRule Rule, List<Mention> Mentions)>(StringComparer.Ordinal);
        foreach (var c in candidates)
        {
            var family = c.Mentions.Where(m => m.Assertion == AssertionKind.Family && !m.Subsumed && Stated(m)).ToList();
            if (family.Count > 0) Add(FirstRule(DerivedRuleKind.Family, c.Code.Code), family);
            var history = c.Chronic ? [] : c.Mentions.Where(m => m.Assertion == AssertionKind.Historical && !m.Subsumed && Stated(m)).ToList();
            if (history.Count > 0) Add(FirstRule(DerivedRuleKind.History, c.Code.Code), history);
        }
        foreach (var (rule, parts) in Combinations(candidates))
        {
            Add(rule, parts.SelectMany(c => c.Asserted).DistinctBy(m => (m.Sentence, m.Evidence)).ToList());
        }
        if (derived.Count == 0) return candidates;

        var byCode = candidates.ToDictionary(c => c.Code.Code, StringComparer.Ordinal);
        foreach (var (code, (rule, mentions)) in derived)
        {
            var present = mentions.Select(m => m with { Assertion = AssertionKind.Present }).OrderBy(m => m.Evidence.Start).ToList();
            if (byCode.TryGetValue(code, out var existing))
            {
                candidates.Remove(existing);
                present = existing.Mentions.Concat(present).OrderBy(m => m.Evidence.Start).ToList();
            }
            candidates.Add(new CodeCandidate(dictionary.Codes[dictionary.PositionOf(code)], present, chronic.Contains(dictionary.Codes[dictionary.PositionOf(code)]))
                { Derived = rule });
        }
        return candidates;

        void Add(DerivedRule? rule, List<Mention> mentions)
        {
            if (rule is null || dictionary.PositionOf(rule.Code) < 0) return;
            if (derived.TryGetValue(rule.Code, out var found)) found.Mentions.AddRange(mentions);
            else derived[rule.Code] = (rule, mentions);
        }
    }

    // A family or personal history is derived only from a condition the note states: every required word of one of the
    // code's own wordings (description, index or inclusion term, guideline phrase, Neoplasm Table site and behaviour),
    // not a partial match ("cerebral" for "cerebral accident"), a learned phrase ("area observed") or a code proposed
    // without wording of its own (nearest notes, category siblings).
    internal static bool Stated(Mention mention) => mention.Coverage >= 1f
        && mention.Term.Source is TermSource.Description or TermSource.Synonym or TermSource.Guideline or TermSource.NeoplasmTable;

    // The combination rules that fire, each with the counted candidates it combines; a rule whose parts are all parts
    // of another firing rule that combines more is left out (hypertension + heart failure + CKD gives I13.0, not also
    // I11.0 and I12.9: the guidelines assign the one code that says it all).
    private List<(DerivedRule Rule, List<CodeCandidate> Parts)> Combinations(List<CodeCandidate> candidates)
    {
        var counted = candidates.Where(c => !c.Excluded && c.Derived is null).ToList();
        var fired = new List<(DerivedRule Rule, List<CodeCandidate> Parts)>();
        foreach (var rule in Rules.Where(r => r.Kind == DerivedRuleKind.Combination))
        {
            var groups = Enumerable.Range(0, rule.When.Count).Select(g => counted.Where(c => rule.Covers(g, c.Code.Code)).ToList()).ToList();
            if (groups.Any(p => p.Count == 0)) continue;
            fired.Add((rule, groups.SelectMany(p => p).Distinct().ToList()));
        }
        return fired.Where(f => !fired.Any(o => o.Parts.Count > f.Parts.Count && f.Parts.All(o.Parts.Contains))).ToList();
    }

    private DerivedRule? FirstRule(DerivedRuleKind kind, string code) => Rules.FirstOrDefault(r => r.Kind == kind && r.Covers(0, code));
}
