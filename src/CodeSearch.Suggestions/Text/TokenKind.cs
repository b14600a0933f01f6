namespace CodeSearch.Suggestions.Text;

/// <summary>What a <see cref="Token"/> is made of.</summary>
public enum TokenKind
{
    /// <summary>Contains at least one letter: "hypertension", "s/p", "T2DM", "E11.9", "follow-up".</summary>
    Word = 0,

    /// <summary>Digits only, possibly joined by '.', '/' or '-': "2.5", "120/80", "2024-03-01".</summary>
    Number,
}
