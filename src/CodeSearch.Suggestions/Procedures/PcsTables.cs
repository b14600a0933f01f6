using CodeSearch.Core;

namespace CodeSearch.Suggestions.Procedures;

/// <summary>
/// The body parts, approaches and codes of a release's ICD-10-PCS tables, recovered from the codes the index holds
/// (the order file's 3-character table headers and the long titles of the codes): the words all titles under a
/// 4-character prefix share, less the root operation's (or imaging type's) own words from the table header, are the
/// body part's label ("Resection of Gallbladder, Open Approach" and "..., Percutaneous Endoscopic Approach" →
/// "gallbladder"); the words all titles under a
/// 5-character prefix share, less the body part's, are the approach's ("open"). Connecting words of the titles
/// (<see cref="Filler"/>: "approach", "using", contrast wording) are left out of both. Only sections whose tables
/// <see cref="Sections"/> lists are read: medical and surgical, obstetrics, administration, measurement and monitoring,
/// extracorporeal assistance and performance, imaging, nuclear medicine and radiation therapy.
/// </summary>
public sealed class PcsTables
{
    /// <summary>Section characters read: 0 medical and surgical, 1 obstetrics, 3 administration, 4 measurement and
    /// monitoring, 5 extracorporeal or systemic assistance and performance, B imaging, C nuclear medicine, D radiation
    /// therapy. The others (placement, therapies, osteopathic, chiropractic, rehabilitation, mental health, substance
    /// abuse, new technology) have no wording in Data/pcs-procedure-words.tsv.</summary>
    public const string Sections = "01345BCD";

    /// <summary>Title words that are never part of a label: they name the axis, not its value.</summary>
    public static readonly IReadOnlySet<string> Filler = new[] { "approach", "using", "contrast", "osmolar", "high", "low", "device", "substitute" }
        .Select(Matching.Stemmer.Stem).ToHashSet(StringComparer.Ordinal);

    /// <summary>Words that never make a label alone: a body part named only by them ("Right") is skipped.</summary>
    public static readonly IReadOnlySet<string> Generic = new[] { "right", "left", "bilateral", "upper", "lower", "other", "multiple", "single" }
        .Select(Matching.Stemmer.Stem).ToHashSet(StringComparer.Ordinal);

    /// <summary>Approach words, left out of body-part labels: a body part with one approach ("Resection of Right
    /// Breast, Open Approach") would otherwise carry it in its label. "External" goes too ("external eye" is the eye).</summary>
    public static readonly IReadOnlySet<string> ApproachWords = new[] { "open", "percutaneous", "endoscopic", "via", "natural", "artificial", "opening", "external" }
        .Select(Matching.Stemmer.Stem).ToHashSet(StringComparer.Ordinal);

    private readonly Dictionary<string, List<Entry>> _codes;

    private PcsTables(IReadOnlyList<PcsBodyPart> bodyParts, Dictionary<string, List<Entry>> codes)
    {
        BodyParts = bodyParts;
        _codes = codes;
    }

    /// <summary>Every body part of every table read, in code order.</summary>
    public IReadOnlyList<PcsBodyPart> BodyParts { get; }

    /// <summary>Reads the tables of an ICD-10-PCS release; empty for another system or a release without headers.</summary>
    public static PcsTables From(IReadOnlyList<MedicalCode> codes)
    {
        var operations = new Dictionary<string, string>(StringComparer.Ordinal);
        var byPrefix = new Dictionary<string, List<Entry>>(StringComparer.Ordinal);
        foreach (var code in codes)
        {
            if (code.System != CodeSystemId.Icd10Pcs || code.Code.Length == 0 || !Sections.Contains(code.Code[0])) continue;
            if (code.Code.Length == 3)
            {
                var cut = code.Description.LastIndexOf(", ", StringComparison.Ordinal);
                operations[code.Code] = cut < 0 ? code.Description : code.Description[(cut + 2)..];
            }
            else if (code.Code.Length == 7 && code.Billable)
            {
                var entry = new Entry(code.Code, code.Order > 0 ? code.Order : int.MaxValue, code.Description.Length,
                    ProcedureWords.Stems(code.Description).Where(w => !Filler.Contains(w)).ToHashSet(StringComparer.Ordinal));
                (byPrefix.TryGetValue(code.Code[..4], out var list) ? list : byPrefix[code.Code[..4]] = []).Add(entry);
            }
        }

        var bodyParts = new List<PcsBodyPart>();
        foreach (var (prefix, entries) in byPrefix.OrderBy(p => p.Value.Min(e => e.Order)))
        {
            if (!operations.TryGetValue(prefix[..3], out var operation)) continue;
            var whole = Shared(entries.Select(e => e.Title));
            var label = new HashSet<string>(whole, StringComparer.Ordinal);
            label.ExceptWith(ProcedureWords.Stems(operation));
            label.ExceptWith(ApproachWords);
            if (!label.Any(w => !Generic.Contains(w))) continue;
            var approaches = entries.GroupBy(e => e.Code[..5]).Select(g =>
            {
                var words = Shared(g.Select(e => e.Title));
                words.ExceptWith(whole);
                return new PcsApproach(g.Key, words.Order(StringComparer.Ordinal).ToArray());
            }).ToList();
            bodyParts.Add(new PcsBodyPart(prefix, operation, label.Order(StringComparer.Ordinal).ToArray(), approaches));
        }
        return new PcsTables(bodyParts, byPrefix);
    }

    /// <summary>
    /// The code a mention of <paramref name="bodyPart"/> stands for: among the billable codes under it (under the
    /// approach's prefix when <paramref name="approach"/> is given; null when none is), those whose title holds the
    /// <paramref name="qualifier"/> stems when any does, then the shortest title (no device, no contrast, no
    /// qualifier), then official order. Gold codes truncated to the body part match any code under it.
    /// </summary>
    public string? Pick(PcsBodyPart bodyPart, PcsApproach? approach, IReadOnlyCollection<string> qualifier)
    {
        if (!_codes.TryGetValue(bodyPart.Prefix, out var entries)) return null;
        IEnumerable<Entry> pool = approach is null ? entries : entries.Where(e => e.Code.StartsWith(approach.Prefix, StringComparison.Ordinal));
        var list = pool.ToList();
        if (list.Count == 0) return null;
        if (qualifier.Count > 0 && list.Where(e => qualifier.All(e.Title.Contains)).ToList() is { Count: > 0 } qualified) list = qualified;
        return list.OrderBy(e => e.Length).ThenBy(e => e.Order).First().Code;
    }

    private static HashSet<string> Shared(IEnumerable<HashSet<string>> sets)
    {
        HashSet<string>? shared = null;
        foreach (var s in sets)
        {
            if (shared is null) shared = new HashSet<string>(s, StringComparer.Ordinal);
            else shared.IntersectWith(s);
        }
        return shared ?? new HashSet<string>(StringComparer.Ordinal);
    }

    // A billable code, its title's length in characters and its title's stems (filler left out).
    private sealed record Entry(string Code, int Order, int Length, HashSet<string> Title);
}
