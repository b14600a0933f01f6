using System.Globalization;
using System.Text.RegularExpressions;

namespace CodeSearch.Core.Vocabulary;

/// <summary>What a dose is measured in, its amount brought to one unit of each kind (grams to milligrams, litres to millilitres).</summary>
public enum DoseUnit
{
    /// <summary>Milligrams (grams and micrograms converted).</summary>
    Milligram = 1,
    /// <summary>Millilitres (cc and litres converted).</summary>
    Millilitre = 2,
    /// <summary>Units and international units.</summary>
    Unit = 3,
    /// <summary>Milliequivalents.</summary>
    Milliequivalent = 4,
}

/// <summary>How a description states an amount: the amount itself, or a bound of the doses it covers.</summary>
public enum DoseBound
{
    /// <summary>The amount as written ("40 mg", "per 250 mg", "500 ml = 1 unit").</summary>
    Exact = 0,
    /// <summary>"up to 10 mg", "less than or equal to 100 mg".</summary>
    AtMost = 1,
    /// <summary>"less than 5 mg".</summary>
    Below = 2,
    /// <summary>"greater than 100 mg", "more than 6 mg".</summary>
    Above = 3,
    /// <summary>"greater than or equal to 10 mg".</summary>
    AtLeast = 4,
}

/// <summary>One amount and where it stands in the text.</summary>
public sealed record DoseAmount(double Amount, DoseUnit Unit, DoseBound Bound, int Start, int Length);

/// <summary>
/// Doses written as an amount and a unit ("40 mg", "1 gram", "500ml", "300 mcg", "20 meq", "10 units"), in a query or
/// in an HCPCS description (docs/search.md, "A dose in an HCPCS search"). The descriptions write a drug's billing unit
/// ("Injection, adalimumab, 1 mg") or the doses a code covers ("up to 10 mg", "greater than 100 mg"), hardly ever the
/// dose a person types, so an HCPCS search reads the query's dose as nothing and orders by it instead.
/// </summary>
public static partial class DrugDose
{
    [GeneratedRegex(@"(?<bound>up to|less than or equal to|less than|greater than or equal to|greater than|more than)?\s*(?<![\w.])(?<amount>\d+(?:\.\d+)?|\.\d+)\s*(?<unit>milligrams?|mgs?|micrograms?|mcg|grams?|gms?|g|milliliters?|millilitres?|mls?|cc|liters?|litres?|l|international units?|units?|iu|u|meq)(?![\w])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AmountPattern();

    /// <summary>Every amount in <paramref name="text"/>, in order.</summary>
    public static IReadOnlyList<DoseAmount> Amounts(string text)
    {
        var found = new List<DoseAmount>();
        foreach (Match m in AmountPattern().Matches(text))
        {
            if (!double.TryParse(m.Groups["amount"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var amount)) continue;
            var (unit, factor) = UnitOf(m.Groups["unit"].Value.ToLowerInvariant());
            var bound = m.Groups["bound"].Value.ToLowerInvariant() switch
            {
                "up to" or "less than or equal to" => DoseBound.AtMost,
                "less than" => DoseBound.Below,
                "greater than" or "more than" => DoseBound.Above,
                "greater than or equal to" => DoseBound.AtLeast,
                _ => DoseBound.Exact,
            };
            found.Add(new DoseAmount(amount * factor, unit, bound, m.Index, m.Length));
        }
        return found;
    }

    /// <summary>The query's dose: its first amount written as itself, or null.</summary>
    public static DoseAmount? Of(string query) => Amounts(query).FirstOrDefault(a => a.Bound == DoseBound.Exact);

    /// <summary>
    /// <paramref name="text"/> without the doses written as themselves, or null when it has none or holds nothing else
    /// ("humira 40 mg" → "humira "; a dose after the last word ends that word, a word typed after the dose is still
    /// being typed).
    /// </summary>
    public static string? Without(string text)
    {
        var doses = Amounts(text).Where(a => a.Bound == DoseBound.Exact).ToList();
        if (doses.Count == 0) return null;
        var kept = new System.Text.StringBuilder(text);
        for (var d = doses.Count - 1; d >= 0; d--) kept.Remove(doses[d].Start, doses[d].Length).Insert(doses[d].Start, ' ');
        var rest = kept.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (rest.Length == 0) return null;
        var last = doses[^1];
        var trailing = text.EndsWith(' ') || text[(last.Start + last.Length)..].Trim().Length == 0 ? " " : "";
        return string.Join(' ', rest) + trailing;
    }

    /// <summary>
    /// How well <paramref name="description"/> fits <paramref name="dose"/>: 0 when it states the dose or bounds that
    /// hold it ("up to 10 mg" for 4 mg), 2 when it states bounds of the same unit that exclude it ("less than or equal
    /// to 100 mg" for 300 mg), 1 otherwise (a billing unit such as "1 mg", or another unit).
    /// </summary>
    public static int Fit(string description, DoseAmount dose)
    {
        var same = Amounts(description).Where(a => a.Unit == dose.Unit).ToList();
        var bounds = same.Where(a => a.Bound != DoseBound.Exact).ToList();
        if (bounds.Count > 0) return bounds.All(b => Holds(b, dose.Amount)) ? 0 : 2;
        return same.Any(a => Close(a.Amount, dose.Amount)) ? 0 : 1;
    }

    private static bool Holds(DoseAmount bound, double amount) => bound.Bound switch
    {
        DoseBound.AtMost => amount <= bound.Amount || Close(amount, bound.Amount),
        DoseBound.Below => amount < bound.Amount && !Close(amount, bound.Amount),
        DoseBound.Above => amount > bound.Amount && !Close(amount, bound.Amount),
        DoseBound.AtLeast => amount >= bound.Amount || Close(amount, bound.Amount),
        _ => Close(amount, bound.Amount),
    };

    private static bool Close(double a, double b) => Math.Abs(a - b) <= 1e-9 * Math.Max(1, Math.Abs(b));

    private static (DoseUnit Unit, double Factor) UnitOf(string unit) => unit switch
    {
        "mg" or "mgs" or "milligram" or "milligrams" => (DoseUnit.Milligram, 1),
        "mcg" or "microgram" or "micrograms" => (DoseUnit.Milligram, 0.001),
        "g" or "gm" or "gms" or "gram" or "grams" => (DoseUnit.Milligram, 1000),
        "ml" or "mls" or "cc" or "milliliter" or "milliliters" or "millilitre" or "millilitres" => (DoseUnit.Millilitre, 1),
        "l" or "liter" or "liters" or "litre" or "litres" => (DoseUnit.Millilitre, 1000),
        "meq" => (DoseUnit.Milliequivalent, 1),
        _ => (DoseUnit.Unit, 1),
    };
}
