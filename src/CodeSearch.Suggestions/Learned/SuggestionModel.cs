using System.Globalization;
using System.Text.Json;
using CodeSearch.Core;
using CodeSearch.Suggestions.Data;
using CodeSearch.Suggestions.Ranking;

namespace CodeSearch.Suggestions.Learned;

/// <summary>
/// What the pipeline learned from the CodiEsp train split: phrases (Data/learned-terms.tsv), code priors
/// (Data/code-priors.tsv, Data/term-stats.tsv) and ranker weights (Data/ranker.json). All three are produced by
/// <c>codesearch learn</c> (docs/suggestions.md); none is hand-edited.
/// </summary>
public sealed record SuggestionModel(IReadOnlyList<LearnedTerm> Terms, CodePriors Priors, RankerModel Ranker, CodeTopics? Topics = null)
{
    /// <summary>What the notes of each code are about (empty when not learned).</summary>
    public CodeTopics Topics { get; init; } = Topics ?? CodeTopics.Empty;

    /// <summary>The train notes as compact vectors for nearest-neighbour candidates (empty when not learned).</summary>
    public NoteNeighbours Neighbours { get; init; } = NoteNeighbours.Empty;

    /// <summary>File names inside Data/.</summary>
    public const string TermsFile = "learned-terms.tsv", PriorsFile = "code-priors.tsv", TermStatsFile = "term-stats.tsv",
        RankerFile = "ranker.json", TopicsFile = "code-topics.tsv", NeighboursFile = "note-neighbours.tsv";

    private static readonly Lazy<SuggestionModel> Embedded = new(LoadEmbedded);

    /// <summary>Nothing learned: dictionary terms only, hand-set weights.</summary>
    public static SuggestionModel Empty { get; } = new([], CodePriors.Empty, RankerModel.Initial);

    /// <summary>The model embedded in this assembly.</summary>
    public static SuggestionModel Default => Embedded.Value;

    private static SuggestionModel LoadEmbedded()
    {
        if (!EmbeddedData.Exists(TermsFile)) return Empty;
        using var terms = EmbeddedData.Open(TermsFile);
        using var priors = EmbeddedData.Open(PriorsFile);
        using var termStats = EmbeddedData.Open(TermStatsFile);
        using var ranker = EmbeddedData.Open(RankerFile);
        using var topics = EmbeddedData.Exists(TopicsFile) ? EmbeddedData.Open(TopicsFile) : null;
        using var neighbours = EmbeddedData.Exists(NeighboursFile) ? EmbeddedData.Open(NeighboursFile) : null;
        return Read(terms, priors, termStats, ranker, topics, neighbours);
    }

    /// <summary>Reads the files <see cref="Write"/> wrote into <paramref name="directory"/> (to measure a model
    /// before embedding it).</summary>
    public static SuggestionModel ReadDirectory(string directory)
    {
        using var terms = File.OpenText(Path.Combine(directory, TermsFile));
        using var priors = File.OpenText(Path.Combine(directory, PriorsFile));
        using var termStats = File.OpenText(Path.Combine(directory, TermStatsFile));
        using var ranker = File.OpenText(Path.Combine(directory, RankerFile));
        var topicsPath = Path.Combine(directory, TopicsFile);
        using var topics = File.Exists(topicsPath) ? File.OpenText(topicsPath) : null;
        var neighboursPath = Path.Combine(directory, NeighboursFile);
        using var neighbours = File.Exists(neighboursPath) ? File.OpenText(neighboursPath) : null;
        return Read(terms, priors, termStats, ranker, topics, neighbours);
    }

    /// <summary>Reads the four files.</summary>
    public static SuggestionModel Read(TextReader terms, TextReader priors, TextReader termStats, TextReader ranker,
        TextReader? topics = null, TextReader? neighbours = null)
    {
        // One string per distinct code, stem and wording key across the files: the topics alone repeat a stem once per
        // code (about 8 MB of copies, docs/operations.md#memory).
        var pool = new StringPool();
        var learned = new List<LearnedTerm>();
        foreach (var row in Rows(terms, TermsFile, 5, pool))
        {
            learned.Add(new LearnedTerm(pool.Split(row[0], StringSplitOptions.None), ParseSystem(row[1]), row[2], Int(row[3]),
                float.Parse(row[4], CultureInfo.InvariantCulture)));
        }
        var counts = new Dictionary<(CodeSystemId, string), CodeStats>();
        foreach (var row in Rows(priors, PriorsFile, 5, pool)) counts[(ParseSystem(row[0]), row[1])] = new CodeStats(Int(row[2]), Int(row[3]), Int(row[4]));
        var byTerm = new Dictionary<(CodeSystemId, string, string), CodeStats>();
        foreach (var row in Rows(termStats, TermStatsFile, 5, pool)) byTerm[(ParseSystem(row[0]), row[1], row[4])] = new CodeStats(0, Int(row[2]), Int(row[3]));
        // The model is held for the process's lifetime: its tables are trimmed to what they hold (a table grown by
        // doubling keeps up to half its room empty; about 3 MB over the model's tables, docs/operations.md#memory).
        // Trimming keeps the order of the entries, so everything summed over them sums in the same order.
        counts.TrimExcess();
        byTerm.TrimExcess();
        var model = JsonSerializer.Deserialize<RankerFileFormat>(ranker.ReadToEnd())
                    ?? throw new DataFileException(RankerFile, 0, "empty");
        if (FeatureMismatch(model.Features) is { } mismatch)
            throw new DataFileException(RankerFile, 0, $"its features differ from this build's ({mismatch}); run 'codesearch learn' again");
        var trees = (model.Trees ?? []).Select(t => new RegressionTree(t.Feature, t.Threshold, t.Left, t.Right, t.Value)).ToList();
        try
        {
            foreach (var tree in trees) tree.Validate(model.Features.Length);
        }
        catch (InvalidDataException e)
        {
            throw new DataFileException(RankerFile, 0, e.Message);
        }
        var systems = new Dictionary<CodeSystemId, (double Scale, double Offset)>();
        foreach (var (key, platt) in model.Systems ?? [])
        {
            if (platt.Length != 2) throw new DataFileException(RankerFile, 0, $"the calibration of '{key}' needs a scale and an offset");
            systems[CodeSystemNames.TryParseKey(key, out var system) ? system : throw new DataFileException(RankerFile, 0, $"unknown system '{key}'")] =
                (platt[0], platt[1]);
        }
        return new SuggestionModel(learned, new CodePriors(counts, byTerm),
            new RankerModel(model.Features, model.Weights, model.Bias, trees) { Systems = systems },
            topics is null ? null : ReadTopics(topics, pool))
        {
            Neighbours = neighbours is null ? NoteNeighbours.Empty : ReadNeighbours(neighbours, pool),
        };
    }

    // Rows "system<TAB>codes (space-separated)<TAB>stem:weight stem:weight ...".
    private static NoteNeighbours ReadNeighbours(TextReader reader, StringPool pool)
    {
        var notes = new List<NeighbourNote>();
        var line = 0;
        foreach (var row in Rows(reader, NeighboursFile, 3, pool))
        {
            line++;
            var vector = new Dictionary<string, float>(StringComparer.Ordinal);
            foreach (var pair in row[2].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var colon = pair.LastIndexOf(':');
                if (colon <= 0 || !float.TryParse(pair.AsSpan(colon + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out var w))
                    throw new DataFileException(NeighboursFile, line, "expected stem:weight pairs");
                vector[pool.Share(pair.AsSpan(0, colon))] = w;
            }
            vector.TrimExcess();
            notes.Add(new NeighbourNote(ParseSystem(row[0]), vector, pool.Split(row[1], StringSplitOptions.RemoveEmptyEntries)));
        }
        return new NoteNeighbours(notes);
    }

    // The first difference between a model file's feature names and Ranking/FeatureTable, or null when they agree.
    private static string? FeatureMismatch(string[] features)
    {
        var names = FeatureVector.Names;
        for (var i = 0; i < Math.Max(features.Length, names.Length); i++)
        {
            var file = i < features.Length ? features[i] : null;
            var build = i < names.Length ? names[i] : null;
            if (file != build) return $"feature {i}: file '{file ?? "(none)"}', build '{build ?? "(none)"}'";
        }
        return null;
    }

    // Rows "idf<TAB>-<TAB>-<TAB>stem<TAB>value" and "code<TAB>system<TAB>code<TAB>stem<TAB>weight".
    private static CodeTopics ReadTopics(TextReader reader, StringPool pool)
    {
        var idf = new Dictionary<string, float>(StringComparer.Ordinal);
        var codes = new Dictionary<(CodeSystemId, string), Dictionary<string, float>>();
        foreach (var row in Rows(reader, TopicsFile, 5, pool))
        {
            var value = float.Parse(row[4], CultureInfo.InvariantCulture);
            if (row[0] == "idf") idf[row[3]] = value;
            else
            {
                var key = (ParseSystem(row[1]), row[2]);
                if (!codes.TryGetValue(key, out var topic)) codes[key] = topic = new(StringComparer.Ordinal);
                topic[row[3]] = value;
            }
        }
        idf.TrimExcess();
        foreach (var topic in codes.Values) topic.TrimExcess();
        codes.TrimExcess();
        return new CodeTopics(idf, codes);
    }

    /// <summary>Writes the three files into <paramref name="directory"/>.</summary>
    public void Write(string directory, string provenance)
    {
        Directory.CreateDirectory(directory);
        using (var w = new StreamWriter(Path.Combine(directory, TermsFile)))
        {
            w.WriteLine($"# Learned phrase -> code pairs. {provenance}");
            w.WriteLine("stems\tsystem\tcode\tsupport\tprecision");
            foreach (var t in Terms.OrderBy(t => t.System).ThenBy(t => t.Code, StringComparer.Ordinal)
                         .ThenBy(t => string.Join(' ', t.Stems), StringComparer.Ordinal))
                w.WriteLine($"{string.Join(' ', t.Stems)}\t{t.System.Key()}\t{t.Code}\t{t.Support}\t{t.Precision.ToString("0.###", CultureInfo.InvariantCulture)}");
        }
        using (var w = new StreamWriter(Path.Combine(directory, PriorsFile)))
        {
            w.WriteLine($"# Per code: train notes coded with it; out-of-fold proposals of it and how many were right. {provenance}");
            w.WriteLine("system\tcode\tnotes\tproposed\tright");
            foreach (var ((system, code), n) in Priors.Stats.OrderBy(p => p.Key.System).ThenBy(p => p.Key.Code, StringComparer.Ordinal))
                w.WriteLine($"{system.Key()}\t{code}\t{n.Notes}\t{n.Proposed}\t{n.Right}");
        }
        using (var w = new StreamWriter(Path.Combine(directory, TermStatsFile)))
        {
            w.WriteLine($"# Per code and best-matching wording (FNV-1a key of the text, no text): out-of-fold proposals and how many were right. {provenance}");
            w.WriteLine("system\tcode\tproposed\tright\twording_key");
            foreach (var ((system, code, term), n) in Priors.TermStats.OrderBy(p => p.Key.System).ThenBy(p => p.Key.Code, StringComparer.Ordinal)
                         .ThenBy(p => p.Key.Term, StringComparer.Ordinal))
                w.WriteLine($"{system.Key()}\t{code}\t{n.Proposed}\t{n.Right}\t{term}");
        }
        using (var w = new StreamWriter(Path.Combine(directory, TopicsFile)))
        {
            w.WriteLine($"# Word stems of the notes coded with each code (tf-idf, heaviest first) and the stems' idf. {provenance}");
            w.WriteLine("kind\tsystem\tcode\tstem\tvalue");
            foreach (var (stem, idf) in Topics.Idf.OrderBy(p => p.Key, StringComparer.Ordinal))
                w.WriteLine($"idf\t-\t-\t{stem}\t{idf.ToString("0.###", CultureInfo.InvariantCulture)}");
            foreach (var ((system, code), topic) in Topics.Codes.OrderBy(p => p.Key.System).ThenBy(p => p.Key.Code, StringComparer.Ordinal))
            {
                foreach (var (stem, weight) in topic.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal))
                    w.WriteLine($"code\t{system.Key()}\t{code}\t{stem}\t{weight.ToString("0.###", CultureInfo.InvariantCulture)}");
            }
        }
        using (var w = new StreamWriter(Path.Combine(directory, NeighboursFile)))
        {
            w.WriteLine($"# Train notes as their heaviest tf-idf stems (no text) and gold codes, for nearest-neighbour candidates. {provenance}");
            w.WriteLine("system\tcodes\tstems");
            foreach (var n in Neighbours.Notes)
                w.WriteLine($"{n.System.Key()}\t{string.Join(' ', n.Codes)}\t{string.Join(' ', n.Vector.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + ":" + p.Value.ToString("0.###", CultureInfo.InvariantCulture)))}");
        }
        var json = JsonSerializer.Serialize(new RankerFileFormat(Ranker.Features,
            Ranker.Weights.Select(x => Math.Round(x, 5)).ToArray(), Math.Round(Ranker.Bias, 5), provenance,
            Ranker.Trees.Select(t => new TreeFileFormat(t.Feature, t.Threshold, t.Left, t.Right,
                t.Value.Select(x => Math.Round(x, 6)).ToArray())).ToArray(),
            Ranker.Systems.Count == 0 ? null : Ranker.Systems.OrderBy(p => p.Key).ToDictionary(p => p.Key.Key(),
                p => new[] { Math.Round(p.Value.Scale, 6), Math.Round(p.Value.Offset, 6) })),
            new JsonSerializerOptions { WriteIndented = true });
        File.WriteAllText(Path.Combine(directory, RankerFile), json + "\n");
    }

    // Cells are shared through the pool, all but long ones (the neighbours' stem lists, parsed further).
    private static IEnumerable<string[]> Rows(TextReader reader, string file, int columns, StringPool pool)
    {
        var header = true;
        var number = 0;
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (header) { header = false; continue; }
            var cells = line.Split('\t');
            if (cells.Length < columns) throw new DataFileException(file, number, $"expected {columns} columns");
            for (var i = 0; i < cells.Length; i++)
            {
                if (cells[i].Length <= StringPool.MaxShared) cells[i] = pool.Share(cells[i]);
            }
            yield return cells;
        }
    }

    private static CodeSystemId ParseSystem(string key) =>
        CodeSystemNames.TryParseKey(key, out var s) ? s : throw new DataFileException(TermsFile, 0, $"unknown system '{key}'");

    private static int Int(string s) => int.Parse(s, CultureInfo.InvariantCulture);

    // Systems: per code system key, the scale and offset of its own Platt scaling (RankerModel.Systems); optional.
    private sealed record RankerFileFormat(string[] Features, double[] Weights, double Bias, string? Provenance = null,
        TreeFileFormat[]? Trees = null, Dictionary<string, double[]>? Systems = null);

    private sealed record TreeFileFormat(int[] Feature, double[] Threshold, int[] Left, int[] Right, double[] Value);
}
