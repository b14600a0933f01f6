using CodeSearch.Suggestions.Matching;
using CodeSearch.Suggestions.Pipeline;
using CodeSearch.Suggestions.Text;

namespace CodeSearch.Suggestions.Neoplasms;

/// <summary>
/// Neoplasm Table candidates of one sentence (docs/suggestions.md, "Neoplasm Table"). A head noun ("carcinoma",
/// "metastases", "tumor", Data/neoplasm-words.tsv) takes the sites named right before it ("adrenal metastases",
/// "right renal tumor") and, after a link word, the sites named after it ("metastases to the liver and bone",
/// "carcinoma of the head of the pancreas"); a site named right before a head belongs to that head, not to the one
/// before it ("metastasis of pulmonary carcinoma": lung is the carcinoma's). The column is the head's, changed by the
/// modifiers around it ("benign tumor", "carcinoma in situ", "metastatic lesion"); "metastases from X" and
/// "metastatic X cancer" name X as the primary site. Each site row the words cover (the most specific first) gives the
/// code in that column for the stated side. The mentions are candidates for the ranker like any other; stage 5 decides
/// their assertion.
/// </summary>
public static class NeoplasmFinder
{
    /// <summary>Most words looked at before a head.</summary>
    public const int MaxBefore = 6;

    /// <summary>Most words looked at after a head's link word.</summary>
    public const int MaxAfter = 8;

    /// <summary>Words that are neither site, side nor neoplasm wording allowed before a head ("renal cell
    /// carcinoma") and after a link ("lower pole of the right kidney").</summary>
    public const int OtherWordsBefore = 1;

    /// <inheritdoc cref="OtherWordsBefore"/>
    public const int OtherWordsAfter = 2;

    /// <summary>The <see cref="Mention.NeoplasmReading"/> of a second, weaker reading ("neoplasia" as malignant).</summary>
    public const float AlternativeReading = 0.5f;

    private static readonly string[] ColumnNames =
        ["malignant primary", "malignant secondary", "in situ", "benign", "uncertain behavior", "unspecified behavior"];

    /// <summary>The Neoplasm Table mentions of one sentence, one per code (the best supported).</summary>
    public static List<Mention> Find(string text, NoteSentence sentence, int sentenceIndex, NeoplasmTable table, NeoplasmWords words)
    {
        if (table.Sites.Count == 0) return [];
        var tokens = NeoplasmTokens.Read(text, sentence.Span, words, table);
        var heads = Enumerable.Range(0, tokens.Count).Where(i => IsHead(tokens, i)).ToList();
        if (heads.Count == 0) return [];

        var claimed = new bool[tokens.Count];
        var before = new Dictionary<int, List<int>>();
        foreach (var h in heads)
        {
            before[h] = Before(tokens, h, table);
            foreach (var i in before[h]) claimed[i] = true;
        }
        var found = new Dictionary<int, Mention>();
        foreach (var h in heads)
        {
            var modifiers = new HashSet<NeoplasmWordRole>(before[h].Select(i => tokens[i].Role));
            var added = Add(h, before[h], Readings(tokens[h], modifiers, null));
            // "metastatic" heading its phrase also takes the sites right after it: "metastatic liver lesions",
            // "metastatic axillary lymph nodes" (secondary of the liver, of the axillary nodes).
            if (tokens[h].Role == NeoplasmWordRole.Metastatic) added += Add(h, Following(tokens, h, claimed, table), Readings(tokens[h], modifiers, null));
            var (after, link) = After(tokens, h, claimed, table, modifiers);
            if (after.Count > 0) added += Add(h, after, Readings(tokens[h], modifiers, link));
            // A morphology with no site stated: the site its index pointer names ("meningioma": meninges).
            if (added == 0 && tokens[h].Morphology is { DefaultSite: { } site })
            {
                foreach (var (behaviour, reading) in Readings(tokens[h], modifiers, null)) AddSite(h, site, [], Side.None, behaviour, reading);
            }
        }
        return found.Values.ToList();

        int Add(int head, List<int> window, List<(NeoplasmBehaviour Behaviour, float Reading)> readings)
        {
            var added = 0;
            foreach (var (site, siteTokens, side) in Items(tokens, window).SelectMany(item => Sites(tokens, item, table)))
            {
                foreach (var (behaviour, reading) in readings)
                {
                    if (AddSite(head, site, siteTokens, side, behaviour, reading)) added++;
                }
            }
            return added;
        }

        bool AddSite(int head, NeoplasmSite site, List<int> siteTokens, Side side, NeoplasmBehaviour behaviour, float reading)
        {
            var at = table.Resolve(site, behaviour, side);
            if (at < 0) return false;
            var mention = NewMention(tokens, head, siteTokens, site, behaviour, reading, at, sentence, sentenceIndex, table.Dictionary);
            if (!found.TryGetValue(at, out var kept) || (mention.NeoplasmReading, mention.Compactness).CompareTo((kept.NeoplasmReading, kept.Compactness)) > 0)
            {
                found[at] = mention;
            }
            return true;
        }
    }

    // A head noun not followed by a word that makes it something else ("tumor markers"); "metastatic" heads its
    // phrase when no head noun follows it ("metastatic lesions in the lung", "metastatic disease to the liver").
    private static bool IsHead(IReadOnlyList<NeoplasmToken> tokens, int i)
    {
        var role = tokens[i].Role;
        if (role == NeoplasmWordRole.Metastatic)
        {
            var next = i + 1;
            while (next < tokens.Count && !tokens[next].BreakBefore && tokens[next].Role == NeoplasmWordRole.Filler) next++;
            return next >= tokens.Count || tokens[next].BreakBefore || !IsHeadNoun(tokens[next].Role);
        }
        return IsHeadNoun(role) && !(i + 1 < tokens.Count && tokens[i + 1].Role == NeoplasmWordRole.NotAfter && !tokens[i + 1].BreakBefore);
    }

    private static bool IsHeadNoun(NeoplasmWordRole role) => role is NeoplasmWordRole.Primary or NeoplasmWordRole.Secondary
        or NeoplasmWordRole.Unspecified or NeoplasmWordRole.Alternative or NeoplasmWordRole.BenignHead or NeoplasmWordRole.Morphology;

    // The column(s) a head with these modifiers selects; link is the word before a site named after the head.
    private static List<(NeoplasmBehaviour, float)> Readings(NeoplasmToken token, HashSet<NeoplasmWordRole> modifiers, NeoplasmToken? link)
    {
        var head = token.Role;
        var from = link is { Role: NeoplasmWordRole.From };
        var into = link is { Role: NeoplasmWordRole.Link } l && l.Folded != "of";
        var metastatic = modifiers.Contains(NeoplasmWordRole.Metastatic);
        switch (head)
        {
            // The index pointer's column; a metastatic or secondary one ("metastatic leiomyosarcoma to the lung") is
            // the secondary of the site stated.
            case NeoplasmWordRole.Morphology when token.Morphology is { } morphology:
                if (modifiers.Contains(NeoplasmWordRole.SecondaryModifier) || (metastatic && into)) return [(NeoplasmBehaviour.Secondary, 1f)];
                return [(morphology.Behaviour, 1f)];
            case NeoplasmWordRole.Secondary or NeoplasmWordRole.Metastatic:
                return [(from ? NeoplasmBehaviour.Primary : NeoplasmBehaviour.Secondary, 1f)];
            case NeoplasmWordRole.Primary:
                if (modifiers.Contains(NeoplasmWordRole.InSitu)) return [(NeoplasmBehaviour.InSitu, 1f)];
                if (modifiers.Contains(NeoplasmWordRole.SecondaryModifier) || (metastatic && into)) return [(NeoplasmBehaviour.Secondary, 1f)];
                return [(NeoplasmBehaviour.Primary, 1f)];
            case NeoplasmWordRole.BenignHead:
                return [(modifiers.Contains(NeoplasmWordRole.Malignant) ? NeoplasmBehaviour.Primary : NeoplasmBehaviour.Benign, 1f)];
        }
        if (modifiers.Contains(NeoplasmWordRole.InSitu)) return [(NeoplasmBehaviour.InSitu, 1f)];
        if (metastatic && from) return [(NeoplasmBehaviour.Primary, 1f)];
        if (metastatic || modifiers.Contains(NeoplasmWordRole.SecondaryModifier)) return [(NeoplasmBehaviour.Secondary, 1f)];
        if (modifiers.Contains(NeoplasmWordRole.Benign)) return [(NeoplasmBehaviour.Benign, 1f)];
        if (modifiers.Contains(NeoplasmWordRole.Uncertain)) return [(NeoplasmBehaviour.Uncertain, 1f)];
        if (modifiers.Contains(NeoplasmWordRole.Malignant)) return [(NeoplasmBehaviour.Primary, 1f)];
        return head == NeoplasmWordRole.Alternative
            ? [(NeoplasmBehaviour.Unspecified, 1f), (NeoplasmBehaviour.Primary, AlternativeReading)]
            : [(NeoplasmBehaviour.Unspecified, 1f)];
    }

    // The words right before a head that may name its site: sites, sides, neoplasm wording, "and"/"or", and at most
    // OtherWordsBefore other words; a stop word, a link, another head or a sentence break ends the run.
    private static List<int> Before(IReadOnlyList<NeoplasmToken> tokens, int head, NeoplasmTable table)
    {
        var window = new List<int>();
        var other = 0;
        var listed = false;
        for (var j = head - 1; j >= 0 && window.Count < MaxBefore && !tokens[j + 1].BreakBefore; j--)
        {
            var t = tokens[j];
            if (IsHead(tokens, j) || t.Role is NeoplasmWordRole.Link or NeoplasmWordRole.From) break;
            if (t.Side == Side.None && t.Stop && t.Folded is not ("and" or "or")) break;
            // Past "and", "or" or a comma only more sites: "liver, lung and bone metastases", not
            // "pulmonary tuberculosis, bladder carcinoma".
            listed |= tokens[j + 1].CommaBefore || tokens[j + 1].Folded is "and" or "or";
            if (t.Role == NeoplasmWordRole.None && t.Side == Side.None && !t.Stop && !IsSiteWord(t, table)
                && (listed || ++other > OtherWordsBefore)) break;
            window.Add(j);
        }
        window.Reverse();
        return window;
    }

    // The site words and sides right after a "metastatic" that heads its phrase, fillers skipped ("metastatic liver
    // lesions"); nothing when a head noun ends the run ("metastatic liver carcinoma": the carcinoma's site, its primary)
    // or when another word comes first.
    private static List<int> Following(IReadOnlyList<NeoplasmToken> tokens, int head, bool[] claimed, NeoplasmTable table)
    {
        var window = new List<int>();
        var j = head + 1;
        for (; j < tokens.Count && !tokens[j].BreakBefore && !claimed[j]; j++)
        {
            var t = tokens[j];
            if (t.Role == NeoplasmWordRole.Filler) continue;
            if (t.Side == Side.None && (t.Stop || t.Role != NeoplasmWordRole.None || !IsSiteWord(t, table))) break;
            window.Add(j);
        }
        if (j < tokens.Count && !tokens[j].BreakBefore && IsHeadNoun(tokens[j].Role)) return [];
        return window;
    }

    // The words after a head's link word ("to", "of", "in", "from"), after fillers and modifiers ("metastatic disease to",
    // "tumor of uncertain behavior of"); modifiers met on the way are added to the head's.
    private static (List<int> Window, NeoplasmToken? Link) After(IReadOnlyList<NeoplasmToken> tokens, int head, bool[] claimed,
        NeoplasmTable table, HashSet<NeoplasmWordRole> modifiers)
    {
        var i = head + 1;
        NeoplasmToken? link = null;
        while (i < tokens.Count && !tokens[i].BreakBefore)
        {
            var t = tokens[i];
            if (t.Role is NeoplasmWordRole.Filler or NeoplasmWordRole.Malignant or NeoplasmWordRole.Benign or NeoplasmWordRole.InSitu
                or NeoplasmWordRole.Uncertain or NeoplasmWordRole.Metastatic or NeoplasmWordRole.SecondaryModifier)
            {
                modifiers.Add(t.Role);
                i++;
            }
            else if (t.Role is NeoplasmWordRole.Link or NeoplasmWordRole.From)
            {
                link = t;
                i++;
            }
            else if (link is not null && t.Stop && t.Side == Side.None) i++;
            else break;
        }
        var window = new List<int>();
        if (link is null) return (window, null);
        var other = 0;
        var listed = false;
        for (; i < tokens.Count && window.Count < MaxAfter && !tokens[i].BreakBefore; i++)
        {
            var t = tokens[i];
            if (claimed[i] || IsHead(tokens, i) || t.Role == NeoplasmWordRole.From) break;
            listed |= t.Coordinates && window.Count > 0;
            if (t.Side == Side.None && (t.Stop || t.Role == NeoplasmWordRole.Link))
            {
                if (t.Folded is "and" or "or" or "the" or "a" or "an" or "of") continue;
                break;
            }
            if (t.Role == NeoplasmWordRole.None && t.Side == Side.None && !IsSiteWord(t, table) && (listed || ++other > OtherWordsAfter)) break;
            window.Add(i);
        }
        return (window, link);
    }

    private static bool IsSiteWord(NeoplasmToken t, NeoplasmTable table) => t.SiteStems.Any(s => table.SitesWith(s).Any());

    // The items of a list of sites ("the right kidney, liver and bone"): a row's words and a side come from one item.
    private static IEnumerable<List<int>> Items(IReadOnlyList<NeoplasmToken> tokens, List<int> window)
    {
        var item = new List<int>();
        foreach (var i in window)
        {
            if (tokens[i].Coordinates && item.Count > 0)
            {
                yield return item;
                item = [];
            }
            if (tokens[i].Folded is not ("and" or "or")) item.Add(i);
        }
        if (item.Count > 0) yield return item;
    }

    // The site rows the item's words cover, most specific (most words) first, each word used once; the item's side.
    private static List<(NeoplasmSite Site, List<int> Tokens, Side Side)> Sites(IReadOnlyList<NeoplasmToken> tokens, List<int> window, NeoplasmTable table)
    {
        var side = window.Select(i => tokens[i].Side).FirstOrDefault(s => s != Side.None);
        var stems = window.SelectMany(i => tokens[i].SiteStems).ToHashSet(StringComparer.Ordinal);
        var covered = stems.SelectMany(table.SitesWith).Distinct().Where(s => s.Stems.All(stems.Contains))
            .OrderByDescending(s => s.Stems.Length).ThenBy(s => s.Level).ThenBy(s => s.Order);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var sites = new List<(NeoplasmSite, List<int>, Side)>();
        foreach (var site in covered)
        {
            if (site.Stems.Any(used.Contains)) continue;
            // A site of neoplasm wording alone ("liver › primary" needs "liver") is not a site.
            var siteTokens = window.Where(i => tokens[i].SiteStems.Any(site.Stems.Contains)).ToList();
            if (siteTokens.All(i => tokens[i].Role != NeoplasmWordRole.None)) continue;
            used.UnionWith(site.Stems);
            sites.Add((site, siteTokens, side));
        }
        return sites;
    }

    private static Mention NewMention(IReadOnlyList<NeoplasmToken> tokens, int head, List<int> siteTokens, NeoplasmSite site,
        NeoplasmBehaviour behaviour, float reading, int at, NoteSentence sentence, int sentenceIndex, TermDictionary dictionary)
    {
        var used = siteTokens.Append(head).ToList();
        var (first, last) = (used.Min(), used.Max());
        var span = new TextSpan(tokens[first].Start, tokens[last].End);
        var words = Enumerable.Range(first, last - first + 1).Count(i => !tokens[i].Stop);
        var stems = site.Stems.Append(tokens[head].Stem).Select(dictionary.Vocabulary.Find).Where(s => s >= 0).Distinct().ToArray();
        if (stems.Length == 0) stems = [0];
        var term = new Term(at, $"Neoplasm Table: {site.Title} ({ColumnNames[(int)behaviour]})", TermSource.NeoplasmTable, stems,
            stems.Select(_ => 1f).ToArray(), default, 0, 0);
        return new Mention(sentenceIndex, term, -1, 1f, span, Math.Min(1f, used.Count / (float)Math.Max(1, words)), false, used.Count)
        {
            Section = sentence.Section,
            NeoplasmReading = reading,
        };
    }
}
