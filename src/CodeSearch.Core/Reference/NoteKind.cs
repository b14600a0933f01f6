namespace CodeSearch.Core.Reference;

/// <summary>The kinds of instructional note of the ICD-10-CM Tabular List (element names in the CDC XML).</summary>
public enum NoteKind
{
    /// <summary><c>inclusionTerm</c>: other conditions the code is used for (synonyms).</summary>
    InclusionTerm = 1,
    /// <summary><c>includes</c>.</summary>
    Includes = 2,
    /// <summary><c>excludes1</c>: "NOT CODED HERE": never report together with the excluded codes.</summary>
    Excludes1 = 3,
    /// <summary><c>excludes2</c>: "not included here": may be reported together.</summary>
    Excludes2 = 4,
    /// <summary><c>codeFirst</c>: the underlying condition must be sequenced first.</summary>
    CodeFirst = 5,
    /// <summary><c>useAdditionalCode</c>.</summary>
    UseAdditionalCode = 6,
    /// <summary><c>codeAlso</c>.</summary>
    CodeAlso = 7,
    /// <summary><c>notes</c>: general notes.</summary>
    Note = 8,
    /// <summary><c>sevenChrNote</c>: how the 7th character applies.</summary>
    SevenCharacterNote = 9,
}
