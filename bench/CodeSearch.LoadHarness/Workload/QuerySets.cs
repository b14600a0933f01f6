namespace CodeSearch.LoadHarness.Workload;

/// <summary>
/// SearchCodes queries. Hot: a few queries every caller repeats (type-ahead of common conditions, a code prefix) that
/// the response cache answers from the third call on (stored on their second sight). Cold: distinct phrases and their
/// typed beginnings, shuffled with a fixed seed, each sent once until the set runs out (then reused, counted in the
/// report).
/// </summary>
public sealed record QuerySets(IReadOnlyList<string> Hot, IReadOnlyList<string> Cold)
{
    /// <summary>Queries as people type them, for the hot set.</summary>
    public static IReadOnlyList<string> HotQueries { get; } =
    [
        "diab", "type 2 diabetes", "hypertension", "chest pain", "copd", "pneumonia", "E11", "asthma", "depression",
        "heart failure", "uti", "back pain", "fracture of femur", "J44", "anemia", "obesity", "covid", "migraine",
        "atrial fibrillation", "sepsis",
    ];

    /// <summary>Cold queries from <paramref name="phrases"/>: each distinct phrase (1-256 chars), and its first word
    /// plus the first half of the next (a query being typed), minus the hot ones.</summary>
    public static QuerySets Build(IEnumerable<string> phrases, int seed = 42)
    {
        var hot = new HashSet<string>(HotQueries, StringComparer.OrdinalIgnoreCase);
        var cold = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var raw in phrases)
        {
            var phrase = string.Join(' ', raw.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            if (phrase.Length is 0 or > 256) continue;
            cold.Add(phrase);
            var words = phrase.Split(' ');
            if (words.Length >= 2 && words[1].Length >= 4) cold.Add($"{words[0]} {words[1][..(words[1].Length / 2)]}");
        }
        cold.ExceptWith(hot);
        var shuffled = cold.Order(StringComparer.Ordinal).ToArray();
        new Random(seed).Shuffle(shuffled);
        return new QuerySets(HotQueries, shuffled);
    }
}
