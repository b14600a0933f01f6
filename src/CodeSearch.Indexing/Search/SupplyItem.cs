using CodeSearch.Core;
using CodeSearch.Core.Search;
using CodeSearch.Indexing.Analysis;

namespace CodeSearch.Indexing.Search;

/// <summary>
/// An HCPCS description names its item first, then its kind and size ("Walker, rigid (pickup), adjustable or fixed
/// height"; "Injection, heparin sodium, per 1000 units": the form, then the drug); accessories, parts and services name
/// the item later ("Seat attachment, walker"; "Assessment for hearing aid"). Among the first <see cref="Looked"/>
/// results of a word query, the HCPCS codes whose item (the description's first phrase before a comma, or the second
/// after a first phrase naming only a form such as "Injection") starts with the query's words come first, each group
/// in its order (docs/search.md, "HCPCS: the item before its accessories"). `walker` → E0130 *Walker, rigid …* before
/// E0156 *Seat attachment, walker*. A one-word query also accepts an item ending with it ("Blood glucose test or
/// reagent strips" for "strips"); an item ending with a query of several words after a qualifier ("Respiratory suction
/// pump" for "suction pump") follows those and comes before the rest. Within them a drug's own code comes before one
/// maker's product the query does not name ("Injection, naloxone hydrochloride (zimhi)", "… not therapeutically
/// equivalent to …", "…, biosimilar, …"): `naloxone injection` → J2312 before J2313. Each position keeps its score; nothing moves when a code match or a code of
/// another system is among the results looked at (a mixed search keeps its clinical order).
/// </summary>
internal static class SupplyItem
{
    /// <summary>Results looked at.</summary>
    public const int Looked = 10;

    // First phrases that name the form a drug is given in, the drug following.
    private static readonly HashSet<string> Forms = new(StringComparer.Ordinal) { "injection", "infusion", "inhalation solution" };

    public static void Order(string query, List<SearchHit> hits, List<int> docs)
    {
        var end = Math.Min(hits.Count, Looked);
        if (end < 2) return;
        for (var h = 0; h < end; h++)
        {
            if (hits[h].MatchKind != MatchKind.Text || hits[h].Code.System != CodeSystemId.Hcpcs) return;
        }
        var words = Words(query).Where(w => !Forms.Contains(w)).ToList();
        if (words.Count == 0) return;
        // 0: the item named; 1: the item named after a qualifier; 2: the item named as one maker's product the query
        // does not name; 3: another item.
        var group = new int[end];
        for (var h = 0; h < end; h++)
        {
            var description = hits[h].Code.Description;
            var named = Names(description, words);
            group[h] = named == Naming.None ? 3 : Branded(description, words) ? 2 : named == Naming.Qualified ? 1 : 0;
        }
        if (group.Min() == 3 || group.Zip(group.Skip(1)).All(p => p.First <= p.Second)) return;
        HitMoves.Reorder(hits, docs, Enumerable.Range(0, end).OrderBy(h => group[h]).ToList());
    }

    private enum Naming { None, Item, Qualified }

    // Whether the description's item starts with the query's words (or, for one word, ends with it): Item; or ends
    // with the query's words after a qualifier: Qualified.
    private static Naming Names(string description, List<string> query)
    {
        var phrases = description.Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (phrases.Length == 0) return Naming.None;
        var item = Forms.Contains(phrases[0].ToLowerInvariant()) && phrases.Length > 1 ? phrases[1] : phrases[0];
        var words = Words(item);
        if (words.Count < query.Count) return Naming.None;
        if (query.Select((w, i) => Same(w, words[i])).All(x => x)) return Naming.Item;
        if (query.Count == 1) return Same(query[0], words[^1]) ? Naming.Item : Naming.None;
        // Several words may end the item after a qualifier ("Respiratory suction pump" for "suction pump"), not after
        // a word that makes it an accessory of the item ("Oral interface used with respiratory suction pump").
        var from = words.Count - query.Count;
        return query.Select((w, i) => Same(w, words[from + i])).All(x => x)
               && !item.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(Accessory.Contains)
            ? Naming.Qualified : Naming.None;
    }

    // Words after which an item's phrase names another item it goes with.
    private static readonly HashSet<string> Accessory = new(StringComparer.Ordinal) { "with", "for", "used", "to", "of", "attachment", "replacement" };

    // "Injection, naloxone hydrochloride (zimhi), 0.01 mg" or "... not therapeutically equivalent to j0690": one maker's
    // product, after the drug's own code ("naloxone injection" → J2312 before J2313) unless the query names the maker.
    private static bool Branded(string description, List<string> query)
    {
        var lower = description.ToLowerInvariant();
        if (lower.Contains("not therapeutically equivalent", StringComparison.Ordinal)) return true;
        var phrases = lower.Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        // The reference product's own code says it leaves the biosimilars out: "Injection, filgrastim (g-csf), excludes biosimilars".
        if (phrases.Any(p => p.StartsWith("excludes biosimilar", StringComparison.Ordinal))) return false;
        // "Injection, filgrastim-sndz, biosimilar, (zarxio)": a biosimilar is one maker's product of the drug.
        if (phrases.Contains("biosimilar") && !query.Contains("biosimilar")) return true;
        if (phrases.Length < 2 || !Forms.Contains(phrases[0])) return false;
        var open = phrases[1].IndexOf('(');
        var close = open < 0 ? -1 : phrases[1].IndexOf(')', open);
        if (close < 0) return false;
        var inside = Words(phrases[1][(open + 1)..close]);
        return inside.Count > 0 && !inside.Any(query.Contains);
    }

    // The same word, or one the plural of the other ("crutch", "crutches"), or its -ing form ("heat", "heating").
    private static bool Same(string a, string b) =>
        a == b || a + "s" == b || a + "es" == b || b + "s" == a || b + "es" == a || a + "ing" == b || b + "ing" == a;

    private static List<string> Words(string text) =>
        text.ToLowerInvariant().Split([' ', '(', ')', '/', '-'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !StopWords.Contains(w)).ToList();
}
