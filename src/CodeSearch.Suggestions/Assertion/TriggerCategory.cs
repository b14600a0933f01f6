namespace CodeSearch.Suggestions.Assertion;

/// <summary>The <c>category</c> column of <c>context-triggers.tsv</c>.</summary>
public enum TriggerCategory
{
    /// <summary><c>negated</c>: "no", "denies", "negative for".</summary>
    Negated,

    /// <summary><c>possible</c>: "possible", "r/o", "cannot exclude".</summary>
    Possible,

    /// <summary><c>historical</c>: "history of", "s/p", "prior".</summary>
    Historical,

    /// <summary><c>family</c>: another experiencer ("mother", "family history of").</summary>
    Family,

    /// <summary><c>hypothetical</c>: a condition that may happen, is prevented or watched for ("if", "risk of", "prophylaxis of").</summary>
    Hypothetical,

    /// <summary><c>terminator</c>: ends every trigger's scope ("but", "however", ";").</summary>
    Terminator,

    /// <summary>
    /// <c>clause_break</c>: a word that opens a new clause ("was", "showing", "developed", "positive"); it ends the scope
    /// of every trigger but a family one, unless it directly follows the trigger ("has not had", "is absent").
    /// </summary>
    ClauseBreak,

    /// <summary><c>pseudo</c>: looks like a trigger but is not ("no increase", "gram negative"); matched only to be ignored.</summary>
    Pseudo,
}
