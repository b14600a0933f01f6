namespace CodeSearch.Suggestions.Assertion;

/// <summary>The <c>direction</c> column of <c>context-triggers.tsv</c>: which way a trigger's scope extends.</summary>
public enum TriggerDirection
{
    /// <summary><c>none</c>: terminators and pseudo-triggers have no scope.</summary>
    None,

    /// <summary><c>forward</c>: over the words after the trigger ("denies chest pain").</summary>
    Forward,

    /// <summary><c>backward</c>: over the words before the trigger ("pneumonia was ruled out").</summary>
    Backward,

    /// <summary><c>bidirectional</c>: both ways ("pneumonia versus atelectasis").</summary>
    Bidirectional,
}
